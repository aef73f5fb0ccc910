// fvw in JShell: the public API imported. Try:
//   var s = ScenarioReader.read(Path.of("examples/scenarios/accres-ngru-mn2012.yaml"));
//   var r = ScenarioRunner.run(s, true);
//   ExplanationText.of(r.normering().explain(FigureName.parse("accres 2014")))
import java.math.*;
import java.nio.file.*;
import java.util.*;
import javax.money.*;
import nl.fvw.*;
import nl.fvw.money.*;
import nl.fvw.time.*;
import nl.fvw.param.*;
import nl.fvw.input.*;
import nl.fvw.explain.*;
import nl.fvw.begroting.*;
import nl.fvw.normering.*;
import nl.fvw.gemeentefonds.*;
import nl.fvw.onzekerheid.*;
import nl.fvw.scenario.*;
import nl.fvw.present.*;
import nl.fvw.rules.*;
import nl.fvw.rules.dsl.*;
import nl.fvw.bekostiging.*;
import nl.fvw.bundeling.*;
java.util.logging.Logger.getLogger("org.javamoney").setLevel(java.util.logging.Level.WARNING);
