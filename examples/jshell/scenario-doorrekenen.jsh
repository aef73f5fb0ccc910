// Een scenario laden, doorrekenen, één cijfer uitleggen, en de spreiding van een sweep tonen.
// Start vanuit de hoofdmap: ./fvw shell examples/jshell/scenario-doorrekenen.jsh
var s = ScenarioReader.read(Path.of("examples/scenarios/accres-ngru-mn2012.yaml"));
var r = ScenarioRunner.run(s, true);
r.normering().accressen().forEach(System.out::println);
System.out.print(ExplanationText.of(r.normering().explain(FigureName.parse("accres 2014"))));
System.out.println("alle controles kloppen: " + r.allChecksPass());

var sweep = ScenarioRunner.run(ScenarioReader.read(Path.of("examples/scenarios/normering-varianten-illustratief.yaml")), false);
System.out.println(VariantTabellen.spreiding(sweep.varianten()));
/exit
