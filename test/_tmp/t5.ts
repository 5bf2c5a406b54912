import { run, doc, ind } from './dbg3';
const d = doc({ org: 'bun', year: 2022, scale: 'three', title: 'Alla elever når kunskapsmålen', indicators: [
  ind('b', 'Andel elever i årskurs 9 som är behöriga till yrkesprogram', '%', 'higher', [['2020', 82.4], ['2021', 84.1], ['2022', 81.7, { comparisons: { Riket: 85.9, Länet: 87.2, Kommungruppen: 83.0 } }]], [['2022', 'etappmal', 85]])] });
run(d, [
 'Rikssnittet var 85,9 procent.', 'Rikssnittet var 86,9 procent.', 'I riket som helhet var andelen 85,9 procent.', 'I riket som helhet var andelen 84,9 procent.',
 'Andelen behöriga till yrkesprogram ligger 4,2 procentenheter under rikssnittet.', 'Andelen behöriga till yrkesprogram ligger 5,2 procentenheter under rikssnittet.',
 'Andelen behöriga elever var 4,2 procentenheter lägre än i riket.', 'Andelen behöriga elever var 2,4 procentenheter lägre än i riket.',
 'Jämfört med länet (87,2 procent) är andelen behöriga elever lägre.', 'Jämfört med länet (88,2 procent) är andelen behöriga elever lägre.',
 'Andelen behöriga elever var 81,7 procent mot 85,9 procent i riket.', 'Andelen behöriga elever var 81,7 procent mot 86,9 procent i riket.',
 'Kommungruppens snitt för behörighet till yrkesprogram var 83 procent.', 'Kommungruppens snitt för behörighet till yrkesprogram var 85 procent.',
 'Andelen behöriga elever var 81,7 procent, jämfört med föregående års 84,1 procent.', 'Andelen behöriga elever var 81,7 procent, jämfört med föregående års 82,1 procent.',
 'Andelen behöriga elever är lägre än i kommungruppen.', 'Andelen behöriga elever är högre än i kommungruppen.',
 'Andelen behöriga elever är i nivå med riket.', 'Andelen behöriga elever är sämre än i länet.', 'Andelen behöriga elever är bättre än i länet.',
 'Behörigheten till yrkesprogram i kommunen, 81,7 procent, understiger både länets 87,2 procent och rikets 85,9 procent.', 'Behörigheten till yrkesprogram i kommunen, 81,7 procent, understiger både länets 87,2 procent och rikets 89,5 procent.',
]);
