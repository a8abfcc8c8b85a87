/** The linked application (a project's steering-group application, or the other way round), in Swedish. */
export const linkedSv = {
  legend: {
    project: 'Styrgruppsansökan som skickas in med denna',
    steeringGroup: 'Projektansökan som denna hör till',
  },
  none: 'Inget utkast valt',
  choose: 'Välj utkast…',
  change: 'Byt utkast…',
  remove: 'Ta bort länk',
  pickTitle: {
    project: 'Välj styrgruppsansökan',
    steeringGroup: 'Välj projektansökan',
  },
  status: {
    reading: 'läses …',
    found: 'hittad',
    wrong: 'fel slags ansökan',
    unreadable: 'går inte att läsa',
  },
};
