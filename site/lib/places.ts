/**
 * Places as people type them: postcodes and city districts of the Rheinland
 * that lead to a municipality of the regions list ("50667" → Köln, "Beuel" →
 * Bonn). The finder and near me resolve them in finder.ts.
 *
 * Source and completeness: compiled by hand for Lotse from public facts, the
 * postcode areas of Deutsche Post (as they are also mapped in OpenStreetMap's
 * postal_code data, ODbL) and the cities' own lists of Stadtbezirke and
 * Stadtteile; no file or code was copied. It holds the complete postcode
 * ranges of the 13 kreisfreie Städte and of Aachen, the main postcodes of
 * about 80 other towns, and about 250 districts of the larger cities.
 * Postcodes of small places are missing; they fall back to the ordinary name
 * search. Names a district shares with another place ("Oberkassel" in Bonn
 * and in Düsseldorf, "Holthausen", "Niederkassel") are left out, and a
 * district never shadows a municipality of the same name ("Mülheim" is
 * Mülheim an der Ruhr, not Köln-Mülheim). "Town-District" ("Bonn-Beuel",
 * "Köln-Mülheim") works for every town without a list (finder.ts).
 * A unit test checks that every name here is a region of the demo data.
 */

/** Postcode ranges, inclusive: [first, last, municipality]. */
export const POSTCODE_RANGES: readonly (readonly [number, number, string])[] = [
  // The kreisfreie Städte and Aachen: every postcode of these ranges belongs to the city.
  [40210, 40629, 'Düsseldorf'],
  [47051, 47279, 'Duisburg'],
  [45127, 45359, 'Essen'],
  [47798, 47839, 'Krefeld'],
  [41061, 41239, 'Mönchengladbach'],
  [45468, 45481, 'Mülheim an der Ruhr'],
  [46045, 46149, 'Oberhausen'],
  [42853, 42899, 'Remscheid'],
  [42651, 42719, 'Solingen'],
  [42103, 42399, 'Wuppertal'],
  [53111, 53229, 'Bonn'],
  [50667, 50999, 'Köln'],
  [51061, 51149, 'Köln'],
  [51371, 51381, 'Leverkusen'],
  [52062, 52080, 'Aachen'],
  // Towns with several postcodes.
  [41460, 41472, 'Neuss'],
  [41515, 41517, 'Grevenbroich'],
  [41539, 41542, 'Dormagen'],
  [41747, 41751, 'Viersen'],
  [40878, 40885, 'Ratingen'],
  [42549, 42555, 'Velbert'],
  [40721, 40724, 'Hilden'],
  [47441, 47447, 'Moers'],
  [46483, 46487, 'Wesel'],
  [46535, 46539, 'Dinslaken'],
  [51427, 51469, 'Bergisch Gladbach'],
  [51643, 51647, 'Gummersbach'],
  [53840, 53844, 'Troisdorf'],
  [53879, 53881, 'Euskirchen'],
  [52349, 52355, 'Düren'],
  [50126, 50129, 'Bergheim'],
  [50169, 50171, 'Kerpen'],
  [52222, 52224, 'Stolberg (Rhld.)'],
  [47623, 47627, 'Kevelaer'],
]

/** Single postcodes of towns: postcode → municipality. */
export const POSTCODES: Readonly<Record<string, string>> = {
  '40699': 'Erkrath',
  '40764': 'Langenfeld (Rheinland)',
  '40789': 'Monheim am Rhein',
  '40822': 'Mettmann',
  '42489': 'Wülfrath',
  '42579': 'Heiligenhaus',
  '42781': 'Haan',
  '40667': 'Meerbusch',
  '41564': 'Kaarst',
  '41352': 'Korschenbroich',
  '41363': 'Jüchen',
  '41569': 'Rommerskirchen',
  '41334': 'Nettetal',
  '41366': 'Schwalmtal',
  '41372': 'Niederkrüchten',
  '41379': 'Brüggen',
  '47906': 'Kempen',
  '47929': 'Grefrath',
  '47918': 'Tönisvorst',
  '47877': 'Willich',
  '47533': 'Kleve',
  '47574': 'Goch',
  '47608': 'Geldern',
  '46446': 'Emmerich am Rhein',
  '46459': 'Rees',
  '47546': 'Kalkar',
  '47551': 'Bedburg-Hau',
  '47559': 'Kranenburg',
  '47638': 'Straelen',
  '47652': 'Weeze',
  '47661': 'Issum',
  '47475': 'Kamp-Lintfort',
  '47495': 'Rheinberg',
  '47506': 'Neukirchen-Vluyn',
  '46562': 'Voerde (Niederrhein)',
  '46499': 'Hamminkeln',
  '46509': 'Xanten',
  '46514': 'Schermbeck',
  '46519': 'Alpen',
  '46569': 'Hünxe',
  '52249': 'Eschweiler',
  '52146': 'Würselen',
  '52477': 'Alsdorf',
  '52134': 'Herzogenrath',
  '52499': 'Baesweiler',
  '52156': 'Monschau',
  '52152': 'Simmerath',
  '52159': 'Roetgen',
  '52428': 'Jülich',
  '52525': 'Heinsberg',
  '41812': 'Erkelenz',
  '52511': 'Geilenkirchen',
  '41836': 'Hückelhoven',
  '41844': 'Wegberg',
  '41849': 'Wassenberg',
  '52531': 'Übach-Palenberg',
  '50181': 'Bedburg',
  '50189': 'Elsdorf',
  '50226': 'Frechen',
  '50259': 'Pulheim',
  '50321': 'Brühl',
  '50354': 'Hürth',
  '50374': 'Erftstadt',
  '50389': 'Wesseling',
  '53902': 'Bad Münstereifel',
  '53894': 'Mechernich',
  '53909': 'Zülpich',
  '53919': 'Weilerswist',
  '53937': 'Schleiden',
  '53925': 'Kall',
  '42929': 'Wermelskirchen',
  '42799': 'Leichlingen (Rheinland)',
  '51399': 'Burscheid',
  '51491': 'Overath',
  '51503': 'Rösrath',
  '51515': 'Kürten',
  '51519': 'Odenthal',
  '51688': 'Wipperfürth',
  '51789': 'Lindlar',
  '51545': 'Waldbröl',
  '51674': 'Wiehl',
  '51766': 'Engelskirchen',
  '51702': 'Bergneustadt',
  '51709': 'Marienheide',
  '42477': 'Radevormwald',
  '42499': 'Hückeswagen',
  '53721': 'Siegburg',
  '53757': 'Sankt Augustin',
  '53604': 'Bad Honnef',
  '53639': 'Königswinter',
  '53332': 'Bornheim',
  '53340': 'Meckenheim',
  '53359': 'Rheinbach',
  '53773': 'Hennef (Sieg)',
  '53797': 'Lohmar',
  '53859': 'Niederkassel',
  '53343': 'Wachtberg',
  '53347': 'Alfter',
  '53913': 'Swisttal',
  '53783': 'Eitorf',
}

/** City districts (Stadtbezirke, Stadtteile) → municipality. */
export const DISTRICTS: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      [
        'Köln',
        'Innenstadt Rodenkirchen Lindenthal Ehrenfeld Nippes Chorweiler Porz Kalk Deutz Altstadt-Nord Altstadt-Süd Neustadt-Nord Neustadt-Süd Sülz Klettenberg Bayenthal Marienburg Raderberg Raderthal Zollstock Rondorf Hahnwald Sürth Weiß Godorf Immendorf Meschenich Junkersdorf Müngersdorf Braunsfeld Lövenich Weiden Widdersdorf Neuehrenfeld Bickendorf Vogelsang Bocklemünd Ossendorf Riehl Niehl Weidenpesch Longerich Bilderstöckchen Mauenheim Merkenich Fühlingen Seeberg Heimersdorf Pesch Lindweiler Worringen Blumenberg Buchheim Buchforst Dellbrück Holweide Höhenhaus Dünnwald Stammheim Flittard Vingst Ostheim Höhenberg Merheim Brück Neubrück Poll Westhoven Ensen Zündorf Wahn Urbach Grengel Libur Lind Eil Finkenberg Gremberghoven Humboldt-Gremberg',
      ],
      [
        'Bonn',
        'Beuel Bad Godesberg Hardtberg Duisdorf Poppelsdorf Endenich Kessenich Dottendorf Graurheindorf Tannenbusch Buschdorf Auerberg Lengsdorf Röttgen Ückesdorf Ippendorf Venusberg Mehlem Friesdorf Plittersdorf Lannesdorf Pennenfeld Rüngsdorf Muffendorf Heiderhof Pützchen Holzlar Ramersdorf Vilich Geislar Brüser Berg Medinghoven',
      ],
      [
        'Düsseldorf',
        'Benrath Bilk Unterbilk Derendorf Pempelfort Flingern Oberbilk Eller Gerresheim Kaiserswerth Unterrath Wersten Hassels Garath Hellerhof Urdenbach Unterbach Heerdt Lörick Golzheim Stockum Lohausen Angermund Wittlaer Düsseltal Grafenberg Ludenberg Hubbelrath Knittkuhl Lierenfeld Vennhausen Reisholz Itter Himmelgeist Volmerswerth Flehe Friedrichstadt Carlstadt',
      ],
      [
        'Essen',
        'Steele Kray Rüttenscheid Werden Kettwig Borbeck Altenessen Katernberg Frohnhausen Holsterhausen Bredeney Kupferdreh Überruhr Burgaltendorf Heisingen Stoppenberg Karnap Dellwig Frintrop Bergerhausen Huttrop Margarethenhöhe',
      ],
      [
        'Duisburg',
        'Rheinhausen Homberg Walsum Hamborn Meiderich Ruhrort Marxloh Neudorf Hochfeld Wanheimerort Buchholz Huckingen Großenbaum Rumeln-Kaldenhausen Baerl Beeck Laar Neumühl Röttgersbach Duissern',
      ],
      [
        'Wuppertal',
        'Elberfeld Barmen Vohwinkel Ronsdorf Cronenberg Langerfeld Beyenburg Oberbarmen Heckinghausen Uellendahl',
      ],
      ['Mönchengladbach', 'Rheydt Wickrath Odenkirchen Giesenkirchen Neuwerk Rheindahlen'],
      ['Krefeld', 'Uerdingen Hüls Fischeln Oppum Linn Bockum Verberg Traar'],
      ['Solingen', 'Ohligs Wald Höhscheid Gräfrath Merscheid Aufderhöhe'],
      ['Remscheid', 'Lennep Lüttringhausen Hasten'],
      ['Oberhausen', 'Sterkrade Osterfeld Alstaden'],
      ['Mülheim an der Ruhr', 'Saarn Speldorf Dümpten Styrum Heißen Broich'],
      ['Leverkusen', 'Opladen Wiesdorf Schlebusch Quettingen Manfort Rheindorf Hitdorf Bürrig Lützenkirchen'],
      ['Aachen', 'Brand Eilendorf Haaren Laurensberg Richterich Kornelimünster Burtscheid'],
      ['Bergisch Gladbach', 'Bensberg Refrath Paffrath'],
      ['Neuss', 'Holzheim Norf Grimlinghausen'],
    ] as const
  ).flatMap(([town, list]) =>
    // "Brüser Berg" and "Bad Godesberg" are two words: they are written with a non-breaking join below.
    list
      .replace('Brüser Berg', 'Brüser\u00a0Berg')
      .replace('Bad Godesberg', 'Bad\u00a0Godesberg')
      .split(' ')
      .map((district) => [district.replace(/\u00a0/g, ' '), town]),
  ),
)

/** The municipality a postcode belongs to, by the lists above. */
export function postcodeTown(code: string): string | undefined {
  if (!/^\d{5}$/.test(code)) return undefined
  if (POSTCODES[code]) return POSTCODES[code]
  const number = Number(code)
  return POSTCODE_RANGES.find(([from, to]) => number >= from && number <= to)?.[2]
}
