/**
 * What the submission-date rule says, in Swedish. Dates of an edition's period are written
 * "26 februari 2020", or "omkring april 2023" where the source gives only an approximate date.
 */
export const submissionRulesSv = {
  submission: {
    exactDay: '{{day}} {{month}} {{year}}',
    approximateMonth: 'omkring {{month}} {{year}}',
  },
  'WIN-05': {
    title: 'Inlämningsdatum framåt i tiden och inom utgåvans giltighetstid',
    past: 'Det planerade inlämningsdatumet {{date}} har redan passerat. Ange det datum då ansökan ska lämnas in.',
    beforeEdition: 'Det planerade inlämningsdatumet {{date}} ligger före {{edition}}, som gäller ansökningar från {{from}}. Välj den utgåva som gällde då, eller ett senare datum.',
    afterEdition: 'Det planerade inlämningsdatumet {{date}} ligger efter {{edition}}, som gällde ansökningar till {{to}}. Välj den utgåva som gäller då, eller ändra datumet.',
  },
};
