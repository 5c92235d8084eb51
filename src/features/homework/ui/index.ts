/** What the shells use from homework: the couple's home card and the desk's pieces (couple screen). */
export { HomeworkCard } from './homework-card';
export { AssignPractice, CoupleAssignments, DeskHomework } from './desk-homework';
