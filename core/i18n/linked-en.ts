/** The linked application (a project's steering-group application, or the other way round), in English. */
export const linkedEn = {
  legend: {
    project: 'Steering-group application submitted with this one',
    steeringGroup: 'Project application this one belongs to',
  },
  none: 'No draft chosen',
  choose: 'Choose draft…',
  change: 'Change draft…',
  remove: 'Remove link',
  pickTitle: {
    project: 'Choose the steering-group application',
    steeringGroup: 'Choose the project application',
  },
  status: {
    reading: 'reading …',
    found: 'found',
    wrong: 'wrong kind of application',
    unreadable: 'cannot be read',
  },
};
