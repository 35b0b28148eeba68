/**
 * Development-cooperation project codes such as RAF/22/11/NOR or INT/23/05/FIN: region or
 * country, year, number (sometimes with a letter), donor. Checked for shape, kept as typed.
 */
export const PROJECT_REFERENCE = /^[A-Za-z]{3}\/\d{2}\/\d{2,3}[A-Za-z]?\/[A-Za-z]{3}$/;
