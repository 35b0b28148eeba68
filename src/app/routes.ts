// The app's URLs live in shared code: the server reads them too, to hint a deep link's screen.
export { parseRoute, paths, WORKSHOP_SECTIONS, type Route, type WorkshopSection } from '../shared/routes.ts';
