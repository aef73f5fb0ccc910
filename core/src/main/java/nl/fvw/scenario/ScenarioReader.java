package nl.fvw.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Provenance;
import nl.fvw.input.InputException;
import nl.fvw.input.InputReader;
import nl.fvw.input.Location;
import nl.fvw.input.Node;
import nl.fvw.money.AmountUnit;
import nl.fvw.money.Amounts;
import nl.fvw.bekostiging.Bestuurslaag;
import nl.fvw.bekostiging.Indexreeks;
import nl.fvw.bekostiging.Kostencomponent;
import nl.fvw.bekostiging.Kostensoort;
import nl.fvw.bekostiging.Route;
import nl.fvw.bekostiging.Taak;
import nl.fvw.bundeling.Bundeling;
import nl.fvw.bundeling.Doel;
import nl.fvw.bundeling.Herindeling;
import nl.fvw.bundeling.Ontvanger;
import nl.fvw.bundeling.Spuk;
import nl.fvw.bundeling.Verdeelsleutel;
import nl.fvw.normering.BbpKeuzes;
import nl.fvw.normering.BcfInvoer;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Fondsinvoer;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Postsoort;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.normering.Uitgavenpost;
import nl.fvw.onzekerheid.MonteCarlo;
import nl.fvw.onzekerheid.Voorspelfout;
import nl.fvw.param.ParameterFile;
import nl.fvw.param.ParameterSet;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;
import nl.fvw.time.StandSeries;
import nl.fvw.time.YearSeries;

/**
 * Reads a scenario file (YAML or JSON) into a {@link Scenario}. Every key is checked; an unknown
 * key, a wrong type, a missing year, a file that is not there is an error naming file, line and
 * key, before anything runs. The keys and their meaning: docs/scenario.md.
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
        TreeMap<String, String> hashes = new TreeMap<>();
        hashes.put("scenario:" + file.getFileName(), hash(file));
        Node.Map top = root.asMap().allowOnly("$schema", "scenario", "omschrijving", "eenheid", "valuta", "stand", "standen", "jaren",
                "invoer", "fondsen", "bcf", "parameters", "regels", "ruwe_regels", "controles", "varianten", "sweep",
                "vergelijk_op", "taken", "bundelingen", "monte_carlo");
        String naam = top.get("scenario").asScalar().asText();
        String omschrijving = top.opt("omschrijving") == null ? "" : top.get("omschrijving").asScalar().asText();
        AmountUnit unit = ParameterFile.unit(top);
        ParameterFile.currency(top);
        Stand stand = top.get("stand").asScalar().asStand();
        Path dir = file.toAbsolutePath().getParent();

        List<Uitgavenaggregaat> aggregaten = new ArrayList<>();
        List<Uitgavenpost> posten = new ArrayList<>();
        Normeringsinvoer.Builder nb = Normeringsinvoer.builder();
        Node invoer = top.opt("invoer");
        if (invoer != null) {
            Node.Map in = invoer.asMap().allowOnly("uitgavenaggregaten", "uitgavenposten", "accres_gepubliceerd", "bbp", "lpo");
            for (Node item : items(in, "uitgavenaggregaten")) {
                aggregaten.add(aggregaat(item, unit, stand));
            }
            for (Node item : items(in, "uitgavenposten")) {
                posten.add(post(item, unit, stand));
            }
            if (in.opt("accres_gepubliceerd") != null) {
                nb.gepubliceerdAccres(rates(in.get("accres_gepubliceerd"), "gepubliceerd accres %"));
            }
            if (in.opt("lpo") != null) {
                nb.lpo(rates(in.get("lpo"), "loon- en prijsbijstelling"));
            }
            if (in.opt("bbp") != null) {
                bbp(in.get("bbp"), nb);
            }
        }
        nb.aggregaten(aggregaten).posten(posten);
        Node fondsen = top.opt("fondsen");
        if (fondsen != null) {
            for (Map.Entry<String, Node> e : fondsen.asMap().entries().entrySet()) {
                nb.fonds(fonds(e.getKey(), e.getValue(), unit));
            }
        }
        ParameterSet parameters = ParameterSet.empty();
        for (Node p : paths(top, "parameters")) {
            Path pf = resolve(dir, p, ".yaml", ".yml", ".json");
            try {
                parameters = parameters.merge(ParameterFile.read(pf));
            } catch (InputException e) {
                throw e;
            } catch (FvwException e) {
                throw p.error(e.getMessage());
            }
            hashes.put("parameters:" + pf.getFileName(), hash(pf));
        }
        List<Path> regels = new ArrayList<>();
        for (Node r : paths(top, "regels")) {
            Path rf = resolve(dir, r, ".dslr");
            regels.add(rf);
        }
        List<Path> ruweRegels = new ArrayList<>();
        for (Node r : paths(top, "ruwe_regels")) {
            ruweRegels.add(resolve(dir, r, ".dslr"));
        }
        List<Scenario.Variant> varianten = new ArrayList<>();
        Node vs = top.opt("varianten");
        if (vs != null) {
            for (Node v : vs.asList().items()) {
                Node.Map vm = v.asMap().allowOnly("naam", "regels", "parameters");
                List<Path> files = new ArrayList<>();
                for (Node r : paths(vm, "regels")) {
                    Path rf = resolve(dir, r, ".dslr");
                    files.add(rf);
                    hashes.put("variant:" + rf.getFileName(), hash(rf));
                }
                ParameterSet vparams = ParameterSet.empty();
                for (Node p : paths(vm, "parameters")) {
                    Path pf = resolve(dir, p, ".yaml", ".yml", ".json");
                    try {
                        vparams = vparams.merge(ParameterFile.read(pf));
                    } catch (InputException e) {
                        throw e;
                    } catch (FvwException e) {
                        throw p.error(e.getMessage());
                    }
                    hashes.put("variant:" + pf.getFileName(), hash(pf));
                }
                String vnaam = vm.get("naam").asScalar().asText();
                if (varianten.stream().anyMatch(x -> x.naam().equals(vnaam))) {
                    throw vm.get("naam").error("variant '" + vnaam + "' is named twice");
                }
                varianten.add(new Scenario.Variant(vnaam, files, vparams));
            }
        }
        if (top.opt("sweep") != null) {
            varianten.addAll(sweep(top.get("sweep"), unit, stand, parameters));
        }
        Stand vergelijkOp = top.opt("vergelijk_op") == null ? stand : top.get("vergelijk_op").asScalar().asStand();
        if (top.opt("bcf") != null) {
            nb.bcf(bcf(top.get("bcf"), unit));
        }
        List<Controle> controles = new ArrayList<>();
        Node cs = top.opt("controles");
        if (cs != null) {
            for (Node c : cs.asList().items()) {
                controles.add(controle(c));
            }
        }
        List<Taak> taken = new ArrayList<>();
        for (Node t : paths(top, "taken")) {
            taken.add(taak(t, unit));
        }
        List<Bundeling> bundelingen = new ArrayList<>();
        for (Node b : paths(top, "bundelingen")) {
            bundelingen.add(bundeling(b, unit, dir, hashes));
        }
        boolean hasNormering = top.has("invoer") || top.has("fondsen") || top.has("jaren") || top.has("standen")
                || top.has("bcf");
        if (!hasNormering) {
            if (taken.isEmpty() && bundelingen.isEmpty()) {
                throw top.error("nothing to compute: give normering inputs (invoer, fondsen, jaren), taken or bundelingen");
            }
            if (!varianten.isEmpty()) {
                throw top.get("varianten").error("variants compare normering results; this scenario has no normering inputs");
            }
            if (top.has("monte_carlo")) {
                throw top.get("monte_carlo").error("a Monte Carlo draws normering inputs; this scenario has none");
            }
            return new Scenario(file, naam, omschrijving, unit, stand, null, regels, ruweRegels, controles, varianten,
                    vergelijkOp, taken, bundelingen, null, hashes);
        }
        List<Stand> standen = new ArrayList<>();
        Map<Stand, Node.Map> ranges = new java.util.LinkedHashMap<>();
        Node st = top.opt("standen");
        if (st == null) {
            standen.add(stand);
        } else if (st instanceof Node.Map sm) {
            for (Map.Entry<String, Node> e : sm.entries().entrySet()) {
                Stand s;
                try {
                    s = Stand.parse(e.getKey());
                } catch (FvwException ex) {
                    throw e.getValue().error(ex.getMessage());
                }
                standen.add(s);
                Node v = e.getValue();
                if (!(v instanceof Node.Scalar sc && sc.isNull())) {
                    ranges.put(s, v.asMap().allowOnly("van", "tot", "fondsen"));
                }
            }
        } else {
            for (Node n : st.asList().items()) {
                standen.add(n.asScalar().asStand());
            }
        }
        if (standen.isEmpty()) {
            throw st.error("no stands; list the stands to compute at, like [Miljoenennota 2024]");
        }
        for (int i = 1; i < standen.size(); i++) {
            if (!standen.get(i).isAfter(standen.get(i - 1))) {
                throw st.error("stands out of order: " + standen.get(i) + " (published " + standen.get(i).publicationDate()
                        + ") is listed after " + standen.get(i - 1) + " (published " + standen.get(i - 1).publicationDate()
                        + "); list the stands in the order they were published");
            }
        }
        nb.standen(standen).parameters(parameters);
        Node jaren = top.opt("jaren");
        if (jaren != null) {
            Node.Map j = jaren.asMap().allowOnly("van", "tot");
            BudgetYear van = j.get("van").asScalar().asYear();
            BudgetYear tot = j.get("tot").asScalar().asYear();
            if (tot.isBefore(van)) {
                throw j.get("tot").error("'tot' " + tot + " comes before 'van' " + van);
            }
            nb.jaren(van, tot);
        } else if (!ranges.isEmpty() && ranges.size() == standen.size() && ranges.values().stream()
                .allMatch(r -> r.opt("van") != null && r.opt("tot") != null)) {
            BudgetYear first = null;
            BudgetYear last = null;
            for (Node.Map r : ranges.values()) {
                BudgetYear f = r.get("van").asScalar().asYear();
                BudgetYear l = r.get("tot").asScalar().asYear();
                first = first == null || f.isBefore(first) ? f : first;
                last = last == null || l.isAfter(last) ? l : last;
            }
            nb.jaren(first, last);
        } else if (!aggregaten.isEmpty()) {
            BudgetYear first = null;
            BudgetYear last = null;
            for (Uitgavenaggregaat a : aggregaten) {
                BudgetYear f = a.getWaarden().firstYear().next();
                BudgetYear l = a.getWaarden().lastYear();
                first = first == null || f.isBefore(first) ? f : first;
                last = last == null || l.isAfter(last) ? l : last;
            }
            nb.jaren(first, last);
        } else {
            throw top.error("missing 'jaren' ({van: …, tot: …}): the years to compute cannot be taken from the inputs");
        }
        Normeringsinvoer normering;
        try {
            Normeringsinvoer draft = nb.build();
            for (Map.Entry<Stand, Node.Map> e : ranges.entrySet()) {
                Node.Map r = e.getValue();
                BudgetYear van = r.opt("van") == null ? draft.eersteJaar() : r.get("van").asScalar().asYear();
                BudgetYear tot = r.opt("tot") == null ? draft.laatsteJaar() : r.get("tot").asScalar().asYear();
                java.util.Set<Fonds> funds = java.util.EnumSet.allOf(Fonds.class);
                if (r.opt("fondsen") != null) {
                    funds = java.util.EnumSet.noneOf(Fonds.class);
                    for (Node f : r.get("fondsen").asList().items()) {
                        try {
                            funds.add(Fonds.parse(f.asScalar().asText()));
                        } catch (FvwException ex) {
                            throw f.error(ex.getMessage());
                        }
                    }
                }
                try {
                    nb.bereik(e.getKey(), new nl.fvw.normering.Standbereik(van, tot, funds));
                } catch (FvwException ex) {
                    throw r.error(ex.getMessage());
                }
            }
            normering = nb.build();
        } catch (InputException e) {
            throw e;
        } catch (FvwException e) {
            throw top.error(e.getMessage());
        }
        if (!varianten.isEmpty() && !normering.standen().contains(vergelijkOp)) {
            throw (top.opt("vergelijk_op") == null ? top : top.get("vergelijk_op")).error("variants are compared at stand "
                    + vergelijkOp + ", which is not among the stands computed " + normering.standen());
        }
        MonteCarlo monteCarlo = null;
        if (top.has("monte_carlo")) {
            monteCarlo = monteCarlo(top.get("monte_carlo"), stand);
            try {
                monteCarlo.controleer(normering);
            } catch (FvwException e) {
                throw top.get("monte_carlo").error(e.getMessage());
            }
        }
        return new Scenario(file, naam, omschrijving, unit, stand, normering, regels, ruweRegels, controles, varianten,
                vergelijkOp, taken, bundelingen, monteCarlo, hashes);
    }

    /**
     * {trekkingen: 10000, zaad: 2026, stand: …, voorspelfouten: [{reeks: ARU, vanaf: 2025, sd: 1.5}]}; the stand
     * defaults to the scenario's.
     */
    private static MonteCarlo monteCarlo(Node node, Stand scenarioStand) {
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
            try {
                fouten.add(new Voorspelfout(Voorspelfout.Reeks.parse(fm.get("reeks").asScalar().asText()),
                        fm.get("vanaf").asScalar().asYear(), fm.get("sd").asScalar().asDecimal()));
            } catch (InputException e) {
                throw e;
            } catch (FvwException e) {
                throw f.error(e.getMessage());
            }
        }
        try {
            return new MonteCarlo(trekkingen.intValueExact(), zaad, stand, fouten);
        } catch (FvwException e) {
            throw node.error(e.getMessage());
        }
    }

    private static Uitgavenaggregaat aggregaat(Node node, AmountUnit unit, Stand scenarioStand) {
        Node.Map m = node.asMap().allowOnly("naam", "stand", "bron", "waarden", "totaal_netto_uitgaven", "correcties");
        Node.Scalar naamNode = m.get("naam").asScalar();
        String naam = naamNode.asText();
        if (!naam.equals("NGRU") && !naam.equals("ARU")) {
            throw naamNode.error("'" + naam + "' is not a spending aggregate; expected NGRU or ARU");
        }
        Stand stand = m.opt("stand") == null ? scenarioStand : m.get("stand").asScalar().asStand();
        String bron = m.get("bron").asScalar().asText();
        boolean parts = m.has("totaal_netto_uitgaven") || m.has("correcties");
        if (parts && m.has("waarden")) {
            throw m.get("waarden").error("give either 'waarden' or 'totaal_netto_uitgaven' with 'correcties', not both");
        }
        try {
            if (parts) {
                Node a = m.get("totaal_netto_uitgaven");
                Node b = m.get("correcties");
                YearSeries sa = series(a, unit);
                YearSeries sb = series(b, unit);
                if (!sa.firstYear().equals(sb.firstYear()) || !sa.lastYear().equals(sb.lastYear())) {
                    throw b.error("correcties cover " + sb.firstYear() + "-" + sb.lastYear()
                            + " but totaal_netto_uitgaven cover " + sa.firstYear() + "-" + sa.lastYear()
                            + "; both need the same years");
                }
                return Uitgavenaggregaat.fromParts(naam, stand, bron, sa, sb);
            }
            return Uitgavenaggregaat.of(naam, stand, bron, series(m.get("waarden"), unit));
        } catch (InputException e) {
            throw e;
        } catch (FvwException e) {
            throw m.error(e.getMessage());
        }
    }

    /** A mapping key that must be a budget year; an error at the value's place when it is not. */
    private static BudgetYear yearKey(String key, Node value) {
        try {
            return BudgetYear.parse(key);
        } catch (FvwException e) {
            throw value.error("'" + key + "' is not a budget year (four digits, like 2024)");
        }
    }

    private static List<Node> items(Node.Map m, String key) {
        Node n = m.opt(key);
        return n == null ? List.of() : n.asList().items();
    }

    private static Uitgavenpost post(Node node, AmountUnit unit, Stand scenarioStand) {
        Node.Map m = node.asMap().allowOnly("aggregaat", "naam", "soort", "stand", "bron", "reeks");
        Node.Scalar agg = m.get("aggregaat").asScalar();
        if (!agg.asText().equals("NGRU") && !agg.asText().equals("ARU")) {
            throw agg.error("'" + agg.text() + "' is not a spending aggregate; expected NGRU or ARU");
        }
        Node.Scalar soort = m.get("soort").asScalar();
        if (Postsoort.parse(soort.asText()) == null) {
            throw soort.error("'" + soort.text() + "' is not a kind of spending item; expected one of "
                    + Postsoort.spellings());
        }
        Stand stand = m.opt("stand") == null ? scenarioStand : m.get("stand").asScalar().asStand();
        return new Uitgavenpost(agg.asText(), m.get("naam").asScalar().asText(), soort.asText(), stand,
                m.get("bron").asScalar().asText(), series(m.get("reeks"), unit));
    }

    /** Rates in percent per stand and year: {bron: "…", standen: {"Miljoenennota 2024": {2024: 2.5}}}. */
    private static StandRates rates(Node node, String naam) {
        Node.Map m = node.asMap().allowOnly("bron", "standen");
        StandRates r = StandRates.empty(naam, m.get("bron").asScalar().asText());
        for (Map.Entry<String, Node> e : m.get("standen").asMap().entries().entrySet()) {
            Stand stand;
            try {
                stand = Stand.parse(e.getKey());
            } catch (FvwException ex) {
                throw e.getValue().error(ex.getMessage());
            }
            TreeMap<BudgetYear, BigDecimal> values = new TreeMap<>();
            for (Map.Entry<String, Node> y : e.getValue().asMap().entries().entrySet()) {
                BudgetYear year = yearKey(y.getKey(), y.getValue());
                values.put(year, y.getValue().asScalar().asDecimal().movePointLeft(2));
            }
            r = r.with(stand, values);
        }
        return r;
    }

    private static void bbp(Node node, Normeringsinvoer.Builder nb) {
        Node.Map m = node.asMap().allowOnly("volume", "prijs", "middeling", "combinatie", "prijsnacalculatie");
        BbpKeuzes.Middeling middeling = BbpKeuzes.STANDAARD.middeling();
        if (m.opt("middeling") != null) {
            Node.Scalar v = m.get("middeling").asScalar();
            middeling = switch (v.asText()) {
                case "rekenkundig" -> BbpKeuzes.Middeling.REKENKUNDIG;
                case "meetkundig" -> BbpKeuzes.Middeling.MEETKUNDIG;
                default -> throw v.error("'" + v.text() + "' is not a mean; expected rekenkundig or meetkundig");
            };
        }
        BbpKeuzes.Combinatie combinatie = BbpKeuzes.STANDAARD.combinatie();
        if (m.opt("combinatie") != null) {
            Node.Scalar v = m.get("combinatie").asScalar();
            combinatie = switch (v.asText()) {
                case "additief" -> BbpKeuzes.Combinatie.ADDITIEF;
                case "multiplicatief" -> BbpKeuzes.Combinatie.MULTIPLICATIEF;
                default -> throw v.error("'" + v.text() + "' is not a combination; expected additief or multiplicatief");
            };
        }
        boolean nacalculatie = BbpKeuzes.STANDAARD.prijsnacalculatie();
        if (m.opt("prijsnacalculatie") != null) {
            Node.Scalar v = m.get("prijsnacalculatie").asScalar();
            nacalculatie = switch (v.asText()) {
                case "ja", "true" -> true;
                case "nee", "false" -> false;
                default -> throw v.error("'" + v.text() + "' is not ja or nee");
            };
        }
        nb.bbp(rates(m.get("volume"), "reële bbp-groei"), rates(m.get("prijs"), "prijs bbp"),
                new BbpKeuzes(middeling, combinatie, nacalculatie));
    }

    private static Fondsinvoer fonds(String key, Node node, AmountUnit unit) {
        Fonds fonds;
        try {
            fonds = Fonds.parse(key);
        } catch (FvwException e) {
            throw node.error(e.getMessage());
        }
        Node.Map m = node.asMap().allowOnly("bron", "grondslag", "grondslag_opbouw", "niveau_basis", "taakmutaties",
                "tranches_gepubliceerd", "tranchebijstellingen_gepubliceerd");
        String bron = m.get("bron").asScalar().asText();
        StandSeries grondslag = m.opt("grondslag") == null ? null : standSeries(m.get("grondslag"), unit);
        Fondsinvoer f = new Fondsinvoer(fonds, grondslag, null, null, null, null, null, null, null, bron);
        if (m.opt("grondslag_opbouw") != null) {
            if (grondslag != null) {
                throw m.get("grondslag_opbouw").error("give either 'grondslag' or 'grondslag_opbouw', not both");
            }
            Node.Map o = m.get("grondslag_opbouw").asMap().allowOnly("jaar", "bedrag", "mutaties");
            f = f.withGrondslagOpbouw(o.get("jaar").asScalar().asYear(), amount(o.get("bedrag").asScalar(), unit),
                    o.opt("mutaties") == null ? null : series(o.get("mutaties"), unit));
        }
        if (m.opt("niveau_basis") != null) {
            f = f.withNiveau(amount(m.get("niveau_basis").asScalar(), unit),
                    m.opt("taakmutaties") == null ? null : series(m.get("taakmutaties"), unit));
        } else if (m.opt("taakmutaties") != null) {
            throw m.get("taakmutaties").error("taakmutaties need 'niveau_basis': they are part of the level");
        }
        if (m.opt("tranches_gepubliceerd") != null) {
            f = f.withGepubliceerdeTranches(standSeries(m.get("tranches_gepubliceerd"), unit));
        }
        if (m.opt("tranchebijstellingen_gepubliceerd") != null) {
            if (m.opt("tranches_gepubliceerd") == null) {
                throw m.get("tranchebijstellingen_gepubliceerd").error("bijstellingen change published tranches;"
                        + " give 'tranches_gepubliceerd' too");
            }
            try {
                f = f.withTrancheBijstellingen(standSeries(m.get("tranchebijstellingen_gepubliceerd"), unit));
            } catch (InputException e) {
                throw e;
            } catch (FvwException e) {
                throw m.get("tranchebijstellingen_gepubliceerd").error(e.getMessage());
            }
        }
        return f;
    }

    private static Bundeling bundeling(Node node, AmountUnit unit, Path dir, TreeMap<String, String> hashes) {
        Node.Map m = node.asMap().allowOnly("naam", "bron", "doel", "startjaar", "tot", "efficiencykorting", "au_vanaf",
                "grondslag_vanaf", "ingroeipad", "ontvangers", "spuks", "sleutel", "herindelingen");
        String naam = m.get("naam").asScalar().asText();
        Doel doel;
        try {
            doel = Doel.parse(m.get("doel").asScalar().asText());
        } catch (FvwException e) {
            throw m.get("doel").error(e.getMessage());
        }
        Path ontvangersFile = resolve(dir, m.get("ontvangers"), ".csv");
        hashes.put("data:" + ontvangersFile.getFileName(), hash(ontvangersFile));
        List<Ontvanger> ontvangers = Csv.ontvangers(ontvangersFile);
        List<Spuk> spuks = new ArrayList<>();
        for (Node sn : m.get("spuks").asList().items()) {
            Node.Map sm = sn.asMap().allowOnly("naam", "bron", "budget", "historisch");
            Map<String, BigDecimal> historisch;
            Node h = sm.get("historisch");
            if (h instanceof Node.Scalar) {
                Path hf = resolve(dir, h, ".csv");
                hashes.put("data:" + hf.getFileName(), hash(hf));
                historisch = Csv.bedragen(hf);
            } else {
                historisch = new TreeMap<>();
                for (Map.Entry<String, Node> e : h.asMap().entries().entrySet()) {
                    historisch.put(e.getKey(), e.getValue().asScalar().asDecimal());
                }
            }
            try {
                spuks.add(new Spuk(sm.get("naam").asScalar().asText(), sm.get("bron").asScalar().asText(),
                        yearAmounts(sm.get("budget"), unit), historisch));
            } catch (InputException e) {
                throw e;
            } catch (FvwException e) {
                throw sm.error(e.getMessage());
            }
        }
        Node.Map sl = m.get("sleutel").asMap().allowOnly("maatstaven", "historisch");
        Map<String, MonetaryAmount> bedragen = new TreeMap<>();
        if (sl.opt("maatstaven") != null) {
            for (Map.Entry<String, Node> e : sl.get("maatstaven").asMap().entries().entrySet()) {
                bedragen.put(e.getKey(), amount(e.getValue().asScalar(), unit));
            }
        }
        List<Herindeling> herindelingen = new ArrayList<>();
        for (Node hn : paths(m, "herindelingen")) {
            Node.Map hm = hn.asMap().allowOnly("jaar", "van", "naar");
            List<String> van = new ArrayList<>();
            for (Node v : hm.get("van").asList().items()) {
                van.add(v.asScalar().asText());
            }
            herindelingen.add(new Herindeling(hm.get("jaar").asScalar().asYear(), van, hm.get("naar").asScalar().asText()));
        }
        boolean ingroei = false;
        if (m.opt("ingroeipad") != null) {
            Node.Scalar v = m.get("ingroeipad").asScalar();
            ingroei = switch (v.asText()) {
                case "ja", "true" -> true;
                case "nee", "false" -> false;
                default -> throw v.error("'" + v.text() + "' is not ja or nee");
            };
        }
        try {
            return new Bundeling(naam, m.get("bron").asScalar().asText(), doel, m.get("startjaar").asScalar().asYear(),
                    m.get("tot").asScalar().asYear(), m.get("efficiencykorting").asScalar().asDecimal().movePointLeft(2),
                    m.opt("au_vanaf") == null ? null : m.get("au_vanaf").asScalar().asYear(),
                    m.opt("grondslag_vanaf") == null ? null : m.get("grondslag_vanaf").asScalar().asYear(), spuks, ontvangers,
                    new Verdeelsleutel(bedragen, sl.opt("historisch") == null ? BigDecimal.ZERO
                            : sl.get("historisch").asScalar().asDecimal()),
                    herindelingen, ingroei);
        } catch (InputException e) {
            throw e;
        } catch (FvwException e) {
            throw m.error(e.getMessage());
        }
    }

    private static Taak taak(Node node, AmountUnit unit) {
        Node.Map m = node.asMap().allowOnly("naam", "bron", "basisjaar", "jaren", "index", "componenten", "sleutel",
                "verdeling", "compensatie", "compensatie_eenmalig", "route", "aannames");
        String naam = m.get("naam").asScalar().asText();
        Node.Map jaren = m.get("jaren").asMap().allowOnly("van", "tot");
        BudgetYear van = jaren.get("van").asScalar().asYear();
        BudgetYear tot = jaren.get("tot").asScalar().asYear();
        List<Kostencomponent> componenten = new ArrayList<>();
        for (Node c : m.get("componenten").asList().items()) {
            componenten.add(component(c, unit));
        }
        java.util.EnumMap<Bestuurslaag, BigDecimal> sleutel = new java.util.EnumMap<>(Bestuurslaag.class);
        for (Map.Entry<String, Node> e : m.get("sleutel").asMap().entries().entrySet()) {
            try {
                sleutel.put(Bestuurslaag.parse(e.getKey()), e.getValue().asScalar().asDecimal());
            } catch (InputException ex) {
                throw ex;
            } catch (FvwException ex) {
                throw e.getValue().error(ex.getMessage());
            }
        }
        java.util.EnumMap<Bestuurslaag, Map<String, BigDecimal>> verdeling = new java.util.EnumMap<>(Bestuurslaag.class);
        if (m.opt("verdeling") != null) {
            for (Map.Entry<String, Node> e : m.get("verdeling").asMap().entries().entrySet()) {
                Map<String, BigDecimal> w = new java.util.LinkedHashMap<>();
                for (Map.Entry<String, Node> r : e.getValue().asMap().entries().entrySet()) {
                    BigDecimal x = r.getValue().asScalar().asDecimal();
                    if (x.signum() < 0) {
                        throw r.getValue().error("a weight cannot be negative");
                    }
                    w.put(r.getKey(), x);
                }
                try {
                    verdeling.put(Bestuurslaag.parse(e.getKey()), w);
                } catch (FvwException ex) {
                    throw e.getValue().error(ex.getMessage());
                }
            }
        }
        TreeMap<BudgetYear, MonetaryAmount> compensatie = new TreeMap<>();
        if (m.opt("compensatie") != null) {
            compensatie.putAll(yearAmounts(m.get("compensatie"), unit));
        }
        TreeMap<BudgetYear, MonetaryAmount> eenmalig = new TreeMap<>();
        if (m.opt("compensatie_eenmalig") != null) {
            eenmalig.putAll(yearAmounts(m.get("compensatie_eenmalig"), unit));
        }
        Route route;
        try {
            route = Route.parse(m.get("route").asScalar().asText());
        } catch (FvwException e) {
            throw m.get("route").error(e.getMessage());
        }
        List<String> aannames = new ArrayList<>();
        for (Node a : paths(m, "aannames")) {
            aannames.add(a.asScalar().asText());
        }
        try {
            return new Taak(naam, m.get("bron").asScalar().asText(), m.get("basisjaar").asScalar().asYear(), van, tot,
                    componenten, m.opt("index") == null ? Indexreeks.geen() : index(m.get("index")), sleutel, verdeling,
                    compensatie, eenmalig, route, aannames);
        } catch (InputException e) {
            throw e;
        } catch (FvwException e) {
            throw m.error(e.getMessage());
        }
    }

    private static Indexreeks index(Node node) {
        Node.Map m = node.asMap().allowOnly("naam", "bron", "stijging", "mix");
        if (m.opt("mix") != null) {
            Node.Map mix = m.get("mix").asMap().allowOnly("a", "b", "aandeel_a");
            BigDecimal w = mix.get("aandeel_a").asScalar().asDecimal();
            try {
                return Indexreeks.mix(index(mix.get("a")), w, index(mix.get("b")));
            } catch (FvwException e) {
                throw mix.error(e.getMessage());
            }
        }
        TreeMap<BudgetYear, BigDecimal> rates = new TreeMap<>();
        for (Map.Entry<String, Node> e : m.get("stijging").asMap().entries().entrySet()) {
            BudgetYear y = yearKey(e.getKey(), e.getValue());
            rates.put(y, e.getValue().asScalar().asDecimal().movePointLeft(2));
        }
        return new Indexreeks(m.get("naam").asScalar().asText(), m.get("bron").asScalar().asText(), rates);
    }

    private static Kostencomponent component(Node node, AmountUnit unit) {
        Node.Map m = node.asMap().allowOnly("naam", "soort", "bron", "volume", "prijs_per_eenheid", "uren",
                "loonkosten_per_uur", "overhead_per_uur", "bedragen", "gefaseerd");
        String naam = m.get("naam").asScalar().asText();
        Kostensoort soort;
        try {
            soort = Kostensoort.parse(m.get("soort").asScalar().asText());
        } catch (FvwException e) {
            throw m.get("soort").error(e.getMessage());
        }
        Kostencomponent.Berekening b;
        try {
            if (m.has("volume")) {
                b = new Kostencomponent.VolumeMaalPrijs(yearNumbers(m.get("volume")), amount(m.get("prijs_per_eenheid").asScalar(), unit));
            } else if (m.has("uren")) {
                b = new Kostencomponent.UrenMaalTarief(yearNumbers(m.get("uren")),
                        amount(m.get("loonkosten_per_uur").asScalar(), unit), amount(m.get("overhead_per_uur").asScalar(), unit));
            } else if (m.has("bedragen")) {
                b = new Kostencomponent.Bedragen(yearAmounts(m.get("bedragen"), unit));
            } else if (m.has("gefaseerd")) {
                Node.Map g = m.get("gefaseerd").asMap().allowOnly("totaal", "aandelen");
                b = Kostencomponent.Bedragen.gefaseerd(amount(g.get("totaal").asScalar(), unit), yearNumbers(g.get("aandelen")));
            } else {
                throw m.error("a component needs volume + prijs_per_eenheid, uren + loonkosten_per_uur + overhead_per_uur,"
                        + " bedragen, or gefaseerd");
            }
        } catch (InputException e) {
            throw e;
        } catch (FvwException e) {
            throw m.error(e.getMessage());
        }
        return new Kostencomponent(naam, soort, b, m.get("bron").asScalar().asText());
    }

    private static TreeMap<BudgetYear, BigDecimal> yearNumbers(Node node) {
        TreeMap<BudgetYear, BigDecimal> out = new TreeMap<>();
        for (Map.Entry<String, Node> e : node.asMap().entries().entrySet()) {
            BudgetYear y = yearKey(e.getKey(), e.getValue());
            BigDecimal v = e.getValue().asScalar().asDecimal();
            if (v.signum() < 0) {
                throw e.getValue().error("'" + e.getValue().asScalar().text() + "' is negative; a volume counts cases");
            }
            out.put(y, v);
        }
        return out;
    }

    private static TreeMap<BudgetYear, MonetaryAmount> yearAmounts(Node node, AmountUnit unit) {
        TreeMap<BudgetYear, MonetaryAmount> out = new TreeMap<>();
        for (Map.Entry<String, Node> e : node.asMap().entries().entrySet()) {
            BudgetYear y = yearKey(e.getKey(), e.getValue());
            out.put(y, amount(e.getValue().asScalar(), unit));
        }
        return out;
    }

    /**
     * A sweep over one parameter: {parameter: naam, waarden: [..]} or {parameter: naam, van, tot, stap}.
     * Each value becomes a variant in which the parameter has that value in every year (decided at
     * the earliest stand, so it holds at every stand); amounts in the file's unit, percentages in percent.
     */
    private static List<Scenario.Variant> sweep(Node node, AmountUnit unit, Stand stand, ParameterSet parameters) {
        Node.Map m = node.asMap().allowOnly("parameter", "waarden", "van", "tot", "stap");
        Node.Scalar pn = m.get("parameter").asScalar();
        nl.fvw.param.Parameter p;
        try {
            p = parameters.get(pn.asText());
        } catch (FvwException e) {
            throw pn.error(e.getMessage() + "; a sweep varies a parameter that the scenario's parameter files define");
        }
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
            if (tot.subtract(van).divide(stap, java.math.RoundingMode.DOWN).compareTo(BigDecimal.valueOf(10_000)) > 0) {
                throw m.get("stap").error("this sweep has more than 10.000 points; use fewer");
            }
            for (BigDecimal v = van; v.compareTo(tot) <= 0; v = v.add(stap)) {
                values.add(v);
            }
        }
        if (values.isEmpty()) {
            throw m.error("a sweep needs at least one value");
        }
        BudgetYear first = p.values().stream().map(v -> v.validity().from()).min(java.util.Comparator.naturalOrder())
                .orElseThrow();
        Stand earliest = Stand.of(nl.fvw.time.Ijkmoment.STARTNOTA, 1900);
        List<Scenario.Variant> out = new ArrayList<>();
        for (BigDecimal v : values) {
            BigDecimal stored = switch (p.kind()) {
                case BEDRAG -> {
                    BigDecimal euro = unit.toEuroOrNull(v);
                    if (euro == null) {
                        throw m.error("sweep value " + v.toPlainString() + " is more precise than a cent in " + unit.label());
                    }
                    yield euro;
                }
                case PERCENTAGE -> v.movePointLeft(2);
                case GETAL -> v;
            };
            nl.fvw.param.Parameter swept = new nl.fvw.param.Parameter(p.name(), p.kind(), p.description(), List.of(
                    new nl.fvw.param.ParameterValue(nl.fvw.param.Validity.from(first), earliest, stored,
                            "sweep over " + p.name(), node.location())));
            out.add(new Scenario.Variant(p.name() + " = " + v.toPlainString(), List.of(), ParameterSet.of(List.of(swept))));
        }
        return out;
    }

    private static BcfInvoer bcf(Node node, AmountUnit unit) {
        Node.Map m = node.asMap().allowOnly("bron", "basisjaar", "plafond", "taakmutaties", "declaraties_gemeenten",
                "declaraties_provincies", "plafond_maatstaf");
        BcfInvoer.PlafondMaatstaf maatstaf = BcfInvoer.PlafondMaatstaf.GEWOGEN;
        if (m.opt("plafond_maatstaf") != null) {
            Node.Scalar v = m.get("plafond_maatstaf").asScalar();
            maatstaf = switch (v.asText()) {
                case "gewogen" -> BcfInvoer.PlafondMaatstaf.GEWOGEN;
                case "GF" -> BcfInvoer.PlafondMaatstaf.GF;
                case "PF" -> BcfInvoer.PlafondMaatstaf.PF;
                default -> throw v.error("'" + v.text() + "' is not a plafond maatstaf; expected gewogen, GF or PF");
            };
        }
        return new BcfInvoer(m.get("basisjaar").asScalar().asYear(), amount(m.get("plafond").asScalar(), unit),
                m.opt("taakmutaties") == null ? null : series(m.get("taakmutaties"), unit),
                standSeries(m.get("declaraties_gemeenten"), unit), standSeries(m.get("declaraties_provincies"), unit),
                maatstaf, m.get("bron").asScalar().asText());
    }

    private static StandSeries standSeries(Node node, AmountUnit unit) {
        StandSeries s = StandSeries.empty();
        for (Map.Entry<String, Node> e : node.asMap().entries().entrySet()) {
            Stand stand;
            try {
                stand = Stand.parse(e.getKey());
            } catch (FvwException ex) {
                throw e.getValue().error(ex.getMessage());
            }
            s = s.with(stand, series(e.getValue(), unit));
        }
        if (s.stands().isEmpty()) {
            throw node.error("no stands; expected a mapping of stands to series, like {\"Miljoenennota 2024\": {2024: 100}}");
        }
        return s;
    }

    private static final java.util.regex.Pattern EURO_TEXT = java.util.regex.Pattern.compile(
            "(€|EUR|[A-Z]{3})\\s*(-?[\\d.,]+)\\s*(mln|duizend)?");

    /**
     * An amount: a number in the file's unit, or a text with its own currency and unit such as
     * "€ 5.701,66" or "€ 1,5 mln" (Dutch notation). Another currency than EUR is an error.
     */
    private static MonetaryAmount amount(Node.Scalar v, AmountUnit unit) {
        if (v.isQuoted()) {
            java.util.regex.Matcher m = EURO_TEXT.matcher(v.text().strip());
            if (m.matches()) {
                if (!m.group(1).equals("€") && !m.group(1).equals("EUR")) {
                    throw v.error("'" + v.text() + "' is in " + m.group(1) + "; fvw computes in EUR (mixed currencies are"
                            + " not converted)");
                }
                BigDecimal n;
                try {
                    n = nl.fvw.present.DutchNumbers.parse(m.group(2));
                } catch (NumberFormatException e) {
                    throw v.error("'" + v.text() + "' is not an amount; expected a number in Dutch notation, like € 1.234,56");
                }
                AmountUnit own = m.group(3) == null ? AmountUnit.EURO : m.group(3).equals("mln") ? AmountUnit.MLN
                        : AmountUnit.DUIZEND;
                BigDecimal euro = own.toEuroOrNull(n);
                if (euro == null) {
                    throw v.error("'" + v.text() + "' is more precise than a cent");
                }
                return Amounts.eur(euro);
            }
        }
        BigDecimal euro = unit.toEuroOrNull(v.asDecimal());
        if (euro == null) {
            throw v.error("'" + v.text() + "' has too many decimals for the unit " + unit.label() + " (at most "
                    + unit.maxDecimals() + ": amounts are exact to the cent)");
        }
        return Amounts.eur(euro);
    }

    /**
     * A year → amount mapping in the file's unit; years must be contiguous.
     *
     * @param node the mapping
     * @param unit the file's unit
     * @return the series in euro
     * @throws nl.fvw.input.InputException naming a missing year or a value that is not an amount
     */
    public static YearSeries series(Node node, AmountUnit unit) {
        Node.Map m = node.asMap();
        if (m.keys().isEmpty()) {
            throw m.error("no years; expected a mapping of years to amounts, like {2024: 100.5}");
        }
        TreeMap<BudgetYear, MonetaryAmount> values = new TreeMap<>();
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            BudgetYear year = yearKey(e.getKey(), e.getValue());
            values.put(year, amount(e.getValue().asScalar(), unit));
        }
        BudgetYear expected = values.firstKey();
        for (BudgetYear y : values.keySet()) {
            if (!y.equals(expected)) {
                throw m.error("year " + expected + " is missing (the years run " + values.firstKey() + "-"
                        + values.lastKey() + "; every year in between needs an amount)");
            }
            expected = expected.next();
        }
        return YearSeries.of(values);
    }

    private static Controle controle(Node node) {
        Node.Map m = node.asMap().allowOnly("figuur", "gepubliceerd", "tolerantie", "reden", "bron");
        Node.Scalar f = m.get("figuur").asScalar();
        FigureName name;
        try {
            name = FigureName.parse(f.asText());
        } catch (FvwException e) {
            throw f.error(e.getMessage());
        }
        BigDecimal tolerance = m.get("tolerantie").asScalar().asDecimal();
        if (tolerance.signum() < 0) {
            throw m.get("tolerantie").error("a tolerance cannot be negative");
        }
        return new Controle(name, m.get("gepubliceerd").asScalar().asDecimal(), tolerance,
                m.get("reden").asScalar().asText(), m.get("bron").asScalar().asText());
    }

    private static List<Node> paths(Node.Map top, String key) {
        Node n = top.opt(key);
        return n == null ? List.of() : n.asList().items();
    }

    private static Path resolve(Path dir, Node node, String... extensions) {
        String text = node.asScalar().asText();
        boolean ok = false;
        for (String ext : extensions) {
            ok |= text.endsWith(ext);
        }
        if (!ok) {
            throw node.error("'" + text + "' must end in " + String.join(" or ", extensions));
        }
        Path p = dir.resolve(text).normalize();
        if (!Files.isRegularFile(p)) {
            throw node.error("file '" + text + "' not found (looked in " + dir + ")");
        }
        return p;
    }

    private static String hash(Path file) {
        try {
            return Provenance.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(new Location(file.toString(), 0, 0), "", "cannot be read: " + e.getMessage());
        }
    }
}
