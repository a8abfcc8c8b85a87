/**
 * What the rules on the results framework, the activity plan, the risks and their links to the
 * budget say, in Swedish. {{item}} names a part of the plan by its number and the start of its
 * text ("Resultat 1.2 ”Fler unga …”"), built from `plan`.
 */
export const planRulesSv = {
  plan: {
    overall: 'Det övergripande målet',
    objective: 'Projektmål {{number}}',
    result: 'Resultat {{number}}',
    indicator: 'Indikator {{number}}',
    activity: 'Aktivitet {{number}}',
    risk: 'Risk R{{number}}',
    quoted: '{{name}} ”{{text}}”',
  },
  planBudget: {
    linkTo: 'Koppla raden till {{item}}',
    unlink: 'Ta bort kopplingen',
  },
  'LF-01': {
    title: 'Resultatramverket har sina nivåer',
    empty: 'Resultatramverket och aktivitetsplanen är tomma. Fyll i övergripande mål, projektmål, resultat och indikatorer i matrisen – textavsnitten kan stå kvar – så kan appen kontrollera att de hänger ihop och exportera ICLD:s tabeller.',
    noFramework_one: 'Aktivitetsplanen har {{count}} aktivitet men resultatramverket är tomt. Fyll i målen och resultaten som aktiviteten ska leda till.',
    noFramework_other: 'Aktivitetsplanen har {{count}} aktiviteter men resultatramverket är tomt. Fyll i målen och resultaten som aktiviteterna ska leda till.',
    noOverall: 'Det övergripande målet saknas. Beskriv den långsiktiga förändring som projektet bidrar till.',
    noObjective: 'Resultatramverket har inget projektmål. Lägg till minst ett: läget i organisationerna när projektet är klart.',
    blank: '{{item}} saknar text. Skriv vad som ska uppnås, eller ta bort raden.',
  },
  'LF-03': {
    title: 'Varje projektmål har minst ett resultat',
    noResult: '{{item}} har inget resultat under sig. Lägg till de resultat (delmål) som projektet levererar för att nå målet.',
  },
  'LF-04': {
    title: 'Varje aktivitet leder till ett resultat',
    none: '{{item}} är inte kopplad till något resultat. Välj vilket resultat aktiviteten leder till, eller ta bort den om den inte behövs.',
    goneOnly: '{{item}} är kopplad till ett resultat som inte längre finns. Välj ett av resultaten i matrisen.',
    gone: '{{item}} är också kopplad till ett resultat som har tagits bort.',
    removeGone: 'Ta bort kopplingen till det borttagna resultatet',
  },
  'LF-05': {
    title: 'Varje resultat mäts med minst en indikator',
    blank: '{{item}} är tom. Skriv vad som mäts, eller ta bort indikatorn.',
    noIndicator: '{{item}} har ingen indikator. Lägg till minst en som visar om resultatet uppnås.',
    objectiveNoIndicator: '{{item}} har ingen egen indikator. En indikator på projektmålets nivå visar om målet nås när projektet är klart.',
  },
  'LF-06': {
    title: 'Varje indikator har ett utgångsvärde',
    none: '{{item}} saknar utgångsvärde. Ange värdet i dag och året det mättes, så att förändringen kan visas.',
    noValue: '{{item}} har ett år för utgångsvärdet men inget värde. Ange vad som gäller i dag.',
    noYear: '{{item}} saknar år för utgångsvärdet. Ange när värdet mättes.',
  },
  'LF-07': {
    title: 'Varje indikator har ett målvärde med datum',
    none: '{{item}} saknar målvärde. Ange vilket värde som ska nås och till vilket datum.',
    noValue: '{{item}} har ett datum men inget målvärde. Ange vilket värde som ska nås.',
    noDate: '{{item}} saknar datum för målvärdet. Ange när värdet ska vara nått.',
  },
  'LF-08': {
    title: 'Varje indikator har en verifikationskälla',
    none: '{{item}} saknar verifikationskälla. Ange var värdet kommer att hämtas, t.ex. protokoll, register eller en enkät.',
  },
  'LF-09': {
    title: 'Målvärdena ska nås inom projektperioden',
    beforeStart: '{{item}} har målvärdets datum {{date}}, före projektstarten {{start}}. Välj ett datum inom perioden.',
    afterEnd: '{{item}} har målvärdets datum {{date}}, efter projektslutet {{end}}. Resultat och projektmål ska nås inom perioden; flytta datumet eller lyft indikatorn till det övergripande målet.',
  },
  'LF-16': {
    title: 'Texten och resultatramverket stämmer överens',
    noResult: 'Texten nämner resultat {{number}}, men resultatramverket har inget resultat med det numret. Lägg till det i matrisen eller rätta numret.',
    noActivity: 'Texten nämner aktivitet {{number}}, men aktivitetsplanen har ingen aktivitet med det numret. Lägg till den eller rätta numret.',
  },
  'AP-02': {
    title: 'Aktiviteterna ligger inom projektperioden',
    noDates: '{{item}} har inga datum än. Ange när den börjar och slutar så att den syns i tidsplanen.',
    endsBeforeStart: '{{item}} slutar innan den börjar. Rätta start- eller slutmånaden.',
    afterEnd: '{{item}} pågår till {{month}}, men projektperioden slutar {{last}}. Flytta aktiviteten eller förläng perioden.',
  },
  'AP-03': {
    title: 'Varje resultat har minst en aktivitet',
    emptyPlan_one: 'Aktivitetsplanen är tom, så resultatet i matrisen har ingen aktivitet. Lägg till aktiviteterna som leder till det.',
    emptyPlan_other: 'Aktivitetsplanen är tom, så inget av de {{count}} resultaten i matrisen har någon aktivitet. Lägg till aktiviteterna som leder till dem.',
    noActivity: '{{item}} har ingen aktivitet i planen. Lägg till en aktivitet som leder till resultatet, eller koppla en befintlig.',
  },
  'AP-04': {
    title: 'Förberedelsen planerar ett partnerbesök i varje land',
    emptyPlan: 'Aktivitetsplanen är tom. En förberedelse finansieras för två möten, ett i vartdera landet – planera besöken i aktivitetsplanen.',
    noneInSweden: 'Inget partnerbesök i Sverige är planerat. En förberedelse finansieras för två möten, ett i vartdera landet.',
    noneAbroad: 'Inget partnerbesök i {{countries}} är planerat. En förberedelse finansieras för två möten, ett i vartdera landet.',
    partnerCountry: 'partnerns land',
  },
  'AP-06': {
    title: 'Rese- och aktivitetskostnader hör till en aktivitet',
    unlinked: 'Raden är en rese- eller aktivitetskostnad men hör inte till någon aktivitet. ICLD finansierar kostnader för de planerade aktiviteterna; välj aktiviteten i kolumnen Aktivitet.',
  },
  'AP-07': {
    title: 'Budgeten per aktivitet går ihop med årets budget',
    unassigned: 'År {{year}}: {{amount}} av årets {{total}} hör inte till någon aktivitet, så budgeten per aktivitet går inte ihop med årets summa. Koppla raderna till aktiviteterna de betalar.',
  },
  'AP-09': {
    title: 'En kopplad aktivitet finns kvar',
    gone: 'Raden är kopplad till en aktivitet som inte längre finns i aktivitetsplanen. Koppla den till en annan aktivitet eller ta bort kopplingen.',
  },
  'AP-10': {
    title: 'Ett besök som kräver resa har resekostnader',
    noTravelCost: '{{item}} innebär en resa, men ingen resekostnad är kopplad till den. Koppla budgetraden för resan till aktiviteten, eller lägg till en.',
  },
  'AP-11': {
    title: 'Resekostnader hör till aktiviteter med resor',
    digital: 'Raden är en resekostnad men hör till {{item}}, som är digital. Koppla raden till aktiviteten som resan görs för.',
    atHome: 'Raden är en resekostnad men hör till {{item}}, där alla deltagare är på hemmaplan. Koppla raden till aktiviteten som resan görs för, eller ange vilka som deltar.',
  },
  'RK-01': {
    title: 'Varje risk är bedömd och har en åtgärd och en ansvarig',
    missing: '{{item}} saknar {{missing}}. Fyll i det så att risken kan bedömas och hanteras.',
    fields: { text: 'beskrivning', likelihood: 'sannolikhet', impact: 'konsekvens', mitigation: 'åtgärd', owner: 'ansvarig' },
  },
  'RK-05': {
    title: 'En risk hotar en del av ramverket som finns',
    gone: '{{item}} hotar ett resultat eller mål som har tagits bort. Välj vad risken hotar nu, eller låt den gälla hela projektet.',
    wholeProject: 'Låt risken gälla hela projektet',
  },
};
