package nl.fvw.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.input.Node;
import nl.fvw.money.AmountUnit;
import nl.fvw.onzekerheid.MonteCarlo;
import nl.fvw.onzekerheid.Voorspelfout;
import nl.fvw.param.ParameterSet;
import nl.fvw.time.Stand;

/** What a scenario sets beside its own normering: {@code varianten}, {@code sweep} and {@code monte_carlo}. */
final class VariantReader {
    private VariantReader() {
    }

    /** {@code varianten}: each a name with its own rule and parameter files. */
    static List<Scenario.Variant> varianten(Node.Map top, ScenarioFiles files) {
        List<Scenario.Variant> varianten = new ArrayList<>();
        Node vs = top.opt("varianten");
        if (vs == null) {
            return varianten;
        }
        for (Node v : vs.asList().items()) {
            Node.Map vm = v.asMap().allowOnly("naam", "regels", "parameters");
            List<Path> regels = new ArrayList<>();
            for (Node r : ScenarioFiles.items(vm, "regels")) {
                regels.add(files.resolveAndHash(r, "variant", ".dslr"));
            }
            ParameterSet parameters = files.parameters(ScenarioFiles.items(vm, "parameters"), "variant");
            String naam = vm.get("naam").asScalar().asText();
            if (varianten.stream().anyMatch(x -> x.naam().equals(naam))) {
                throw vm.get("naam").error("variant '" + naam + "' is named twice");
            }
            varianten.add(new Scenario.Variant(naam, regels, parameters));
        }
        return varianten;
    }

    /** A sweep over one parameter: {parameter: naam, waarden: [..]} or {parameter: naam, van, tot, stap}. */
    static Sweep sweep(Node node, AmountUnit unit) {
        Node.Map m = node.asMap().allowOnly("parameter", "waarden", "van", "tot", "stap");
        Node.Scalar pn = m.get("parameter").asScalar();
        List<BigDecimal> values = new ArrayList<>();
        if (m.opt("waarden") != null) {
            for (Node v : m.get("waarden").asList().items()) {
                values.add(v.asScalar().asDecimal());
            }
        } else {
            BigDecimal van = m.get("van").asScalar().asDecimal();
            BigDecimal tot = m.get("tot").asScalar().asDecimal();
            BigDecimal stap = m.get("stap").asScalar().asDecimal();
            if (stap.signum() <= 0) {
                throw m.get("stap").error("the step of a sweep must be positive");
            }
            if (tot.subtract(van).divide(stap, RoundingMode.DOWN).compareTo(BigDecimal.valueOf(10_000)) > 0) {
                throw m.get("stap").error("this sweep has more than 10.000 points; use fewer");
            }
            for (BigDecimal v = van; v.compareTo(tot) <= 0; v = v.add(stap)) {
                values.add(v);
            }
        }
        if (values.isEmpty()) {
            throw m.error("a sweep needs at least one value");
        }
        return new Sweep(pn.asText(), values, unit, pn.location());
    }

    /**
     * {trekkingen: 10000, zaad: 2026, stand: …, voorspelfouten: [{reeks: ARU, vanaf: 2025, sd: 1.5}]}; the stand
     * defaults to the scenario's.
     */
    static MonteCarlo monteCarlo(Node node, Stand scenarioStand) {
        Node.Map m = node.asMap().allowOnly("trekkingen", "zaad", "stand", "voorspelfouten");
        Node.Scalar n = m.get("trekkingen").asScalar();
        BigDecimal trekkingen = n.asDecimal();
        if (trekkingen.stripTrailingZeros().scale() > 0 || trekkingen.signum() <= 0
                || trekkingen.compareTo(BigDecimal.valueOf(MonteCarlo.MAX_TREKKINGEN)) > 0) {
            throw n.error("'" + n.text() + "' draws; expected a whole number from 1 to " + MonteCarlo.MAX_TREKKINGEN);
        }
        Node.Scalar z = m.get("zaad").asScalar();
        long zaad;
        try {
            zaad = Long.parseLong(z.text().strip());
        } catch (NumberFormatException e) {
            throw z.error("'" + z.text() + "' is not a seed; expected a whole number");
        }
        Stand stand = m.opt("stand") == null ? scenarioStand : m.get("stand").asScalar().asStand();
        List<Voorspelfout> fouten = new ArrayList<>();
        for (Node f : m.get("voorspelfouten").asList().items()) {
            Node.Map fm = f.asMap().allowOnly("reeks", "vanaf", "sd");
            fouten.add(f.locate(() -> new Voorspelfout(Voorspelfout.Reeks.parse(fm.get("reeks").asScalar().asText()),
                    fm.get("vanaf").asScalar().asYear(), fm.get("sd").asScalar().asDecimal())));
        }
        return node.locate(() -> new MonteCarlo(trekkingen.intValueExact(), zaad, stand, fouten));
    }
}
