// Een nieuwe taak en een bundeling uit hun scenario's: oordeel, signalen en overheveling per jaar.
// Start vanuit de hoofdmap: ./fvw shell examples/jshell/taak-en-bundeling.jsh
var t = ScenarioRunner.run(ScenarioReader.read(Path.of("examples/scenarios/bekostiging-inburgering-2021.yaml")), false);
for (var taak : t.taken()) {
    System.out.println(taak.taak().naam() + ": " + taak.oordeel());
    taak.signalen().forEach(sig -> System.out.println("  signaal: " + sig.tekst()));
    System.out.println("  gat totaal: " + Values.mln(taak.totaalGat()));
}

var b = ScenarioRunner.run(ScenarioReader.read(Path.of("examples/scenarios/bundeling-regionale-envelop.yaml")), false);
for (var u : b.bundelingen()) {
    u.overgeheveld().asMap().forEach((jaar, bedrag) -> System.out.println(u.bundeling().naam() + " " + jaar + ": " + Values.mln(bedrag)));
}
/exit
