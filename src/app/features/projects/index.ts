// What other features may use of projects: everything else in this folder is its own.
export { ProjectLinks } from './ProjectLinks.tsx';
export { draftToProject, emptyProjectDraft } from './project-draft.ts';
