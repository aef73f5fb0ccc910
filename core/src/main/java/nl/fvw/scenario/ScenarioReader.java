package nl.fvw.scenario;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.bekostiging.Taak;
import nl.fvw.bundeling.Bundeling;
import nl.fvw.explain.FigureName;
import nl.fvw.gemeentefonds.Verdelingsinvoer;
import nl.fvw.input.InputReader;
import nl.fvw.input.Node;
import nl.fvw.money.AmountUnit;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.onzekerheid.MonteCarlo;
import nl.fvw.param.ParameterFile;
import nl.fvw.param.ParameterSet;
import nl.fvw.time.Stand;

/**
 * Reads a scenario file (YAML or JSON) into a {@link Scenario}. Every key is checked; an unknown
 * key, a wrong type, a missing year, a file that is not there is an error naming file, line and
 * key, before anything runs. The keys and their meaning: docs/scenario.md. This class knows the
 * file's layout; each section has its reader (normering, taken, bundelingen, varianten).
 *
 * <pre>{@code
 * Scenario s = ScenarioReader.read(Path.of("examples/scenarios/accres-ngru-mn2012.yaml"));
 * ScenarioResult r = ScenarioRunner.run(s, true);
 * }</pre>
 */
public final class ScenarioReader {
    private ScenarioReader() {
    }

    /**
     * Reads a scenario strictly (docs/scenario.md), with the files it names.
     *
     * @param file a .yaml, .yml or .json file
     * @return the scenario
     * @throws nl.fvw.input.InputException naming file, line and key of the first problem, before anything is computed
     */
    public static Scenario read(Path file) {
        Node root = InputReader.read(file);
        ScenarioFiles files = new ScenarioFiles(file);
        Node.Map top = root.asMap().allowOnly("$schema", "scenario", "omschrijving", "eenheid", "valuta", "stand", "standen",
                "jaren", "invoer", "fondsen", "bcf", "parameters", "regels", "ruwe_regels", "controles", "varianten",
                "sweep", "vergelijk_op", "taken", "bundelingen", "monte_carlo", "begrotingstabellen", "hiaten",
                "algemene_uitkering", "portefeuille");
        String naam = top.get("scenario").asScalar().asText();
        String omschrijving = top.opt("omschrijving") == null ? "" : top.get("omschrijving").asScalar().asText();
        AmountUnit unit = ParameterFile.unit(top);
        ParameterFile.currency(top);
        Stand stand = top.get("stand").asScalar().asStand();

        NormeringReader normeringReader = new NormeringReader(top, unit, stand);
        normeringReader.readInputs();
        ParameterSet parameters = files.parameters(ScenarioFiles.items(top, "parameters"), "parameters");
        List<Path> regels = new ArrayList<>();
        for (Node r : ScenarioFiles.items(top, "regels")) {
            regels.add(files.resolve(r, ".dslr"));
        }
        List<Path> ruweRegels = new ArrayList<>();
        for (Node r : ScenarioFiles.items(top, "ruwe_regels")) {
            ruweRegels.add(files.resolve(r, ".dslr"));
        }
        List<Scenario.Variant> varianten = VariantReader.varianten(top, files);
        Sweep sweep = top.opt("sweep") == null ? null : VariantReader.sweep(top.get("sweep"), unit);
        Stand vergelijkOp = top.opt("vergelijk_op") == null ? stand : top.get("vergelijk_op").asScalar().asStand();
        normeringReader.readBcf();
        List<Controle> controles = new ArrayList<>();
        for (Node c : ScenarioFiles.items(top, "controles")) {
            controles.add(controle(c));
        }
        List<Taak> taken = new ArrayList<>();
        for (Node t : ScenarioFiles.items(top, "taken")) {
            taken.add(TaakReader.taak(t, unit));
        }
        List<Bundeling> bundelingen = new ArrayList<>();
        for (Node b : ScenarioFiles.items(top, "bundelingen")) {
            bundelingen.add(BundelingReader.bundeling(b, unit, files));
        }
        Verdelingsinvoer algemeneUitkering = top.opt("algemene_uitkering") == null ? null
                : VerdelingReader.lees(top.get("algemene_uitkering"), files);
        Portefeuilleinvoer portefeuille = top.opt("portefeuille") == null ? null
                : PortefeuilleReader.lees(top.get("portefeuille"), files);
        if (!NormeringReader.present(top)) {
            if (taken.isEmpty() && bundelingen.isEmpty() && algemeneUitkering == null && portefeuille == null) {
                throw top.error("nothing to compute: give normering inputs (invoer, fondsen, jaren), taken, bundelingen,"
                        + " algemene_uitkering or portefeuille");
            }
            if (!varianten.isEmpty() || sweep != null) {
                throw top.get(varianten.isEmpty() ? "sweep" : "varianten").error("variants compare normering results; this"
                        + " scenario has no normering inputs");
            }
            if (top.has("monte_carlo")) {
                throw top.get("monte_carlo").error("a Monte Carlo draws normering inputs; this scenario has none");
            }
            if (top.has("begrotingstabellen")) {
                throw top.get("begrotingstabellen").error("begroting tables are of the funds; this scenario has no normering"
                        + " inputs");
            }
            return new Scenario(file, naam, omschrijving, unit, stand, null, regels, ruweRegels, controles, varianten, null,
                    vergelijkOp, taken, bundelingen, null, List.of(), hiaten(top), algemeneUitkering, portefeuille, files.hashes());
        }
        Normeringsinvoer normering = normeringReader.build(parameters);
        if ((!varianten.isEmpty() || sweep != null) && !normering.standen().contains(vergelijkOp)) {
            throw (top.opt("vergelijk_op") == null ? top : top.get("vergelijk_op")).error("variants are compared at stand "
                    + vergelijkOp + ", which is not among the stands computed " + normering.standen());
        }
        MonteCarlo monteCarlo = null;
        if (top.has("monte_carlo")) {
            Node mc = top.get("monte_carlo");
            MonteCarlo read = VariantReader.monteCarlo(mc, stand);
            mc.locate(() -> {
                read.controleer(normering);
                return read;
            });
            monteCarlo = read;
        }
        BegrotingstabelReader tabellen = new BegrotingstabelReader(unit, normering);
        List<Begrotingstabel> begrotingstabellen = new ArrayList<>();
        for (Node t : ScenarioFiles.items(top, "begrotingstabellen")) {
            begrotingstabellen.add(tabellen.tabel(t, controles));
        }
        return new Scenario(file, naam, omschrijving, unit, stand, normering, regels, ruweRegels, controles, varianten,
                sweep, vergelijkOp, taken, bundelingen, monteCarlo, begrotingstabellen, hiaten(top), algemeneUitkering,
                portefeuille, files.hashes());
    }

    private static List<Scenario.Hiaat> hiaten(Node.Map top) {
        List<Scenario.Hiaat> out = new ArrayList<>();
        for (Node h : ScenarioFiles.items(top, "hiaten")) {
            Node.Map m = h.asMap().allowOnly("wat", "reden");
            out.add(new Scenario.Hiaat(m.get("wat").asScalar().asText(), m.get("reden").asScalar().asText()));
        }
        return out;
    }

    private static Controle controle(Node node) {
        Node.Map m = node.asMap().allowOnly("figuur", "gepubliceerd", "tolerantie", "reden", "bron");
        Node.Scalar f = m.get("figuur").asScalar();
        BigDecimal tolerance = m.get("tolerantie").asScalar().asDecimal();
        if (tolerance.signum() < 0) {
            throw m.get("tolerantie").error("a tolerance cannot be negative");
        }
        BigDecimal published = m.get("gepubliceerd").asScalar().asDecimal();
        return f.locate(() -> Controle.of(f.asText(), published, tolerance, m.get("reden").asScalar().asText(),
                m.get("bron").asScalar().asText()));
    }
}
