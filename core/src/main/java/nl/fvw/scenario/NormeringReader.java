package nl.fvw.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.fvw.input.Node;
import nl.fvw.money.AmountUnit;
import nl.fvw.normering.BbpKeuzes;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Postsoort;
import nl.fvw.normering.Standbereik;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.normering.Uitgavenpost;
import nl.fvw.param.ParameterSet;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The normering section of a scenario: {@code invoer} (aggregates, items, published %, lpo, bbp),
 * {@code fondsen} and {@code bcf} (by {@link FondsReader}), {@code standen} with their ranges and
 * {@code jaren} (docs/scenario.md).
 */
final class NormeringReader {
    private final Node.Map top;
    private final AmountUnit unit;
    private final Stand stand;
    private final Normeringsinvoer.Builder nb = Normeringsinvoer.builder();
    private final List<Uitgavenaggregaat> aggregaten = new ArrayList<>();

    NormeringReader(Node.Map top, AmountUnit unit, Stand stand) {
        this.top = top;
        this.unit = unit;
        this.stand = stand;
    }

    /** Whether the scenario has normering inputs at all. */
    static boolean present(Node.Map top) {
        return top.has("invoer") || top.has("fondsen") || top.has("jaren") || top.has("standen") || top.has("bcf");
    }

    /** {@code invoer} and {@code fondsen}. */
    void readInputs() {
        List<Uitgavenpost> posten = new ArrayList<>();
        Node invoer = top.opt("invoer");
        if (invoer != null) {
            Node.Map in = invoer.asMap().allowOnly("uitgavenaggregaten", "uitgavenposten", "accres_gepubliceerd", "bbp", "lpo");
            for (Node item : ScenarioFiles.items(in, "uitgavenaggregaten")) {
                aggregaten.add(aggregaat(item));
            }
            for (Node item : ScenarioFiles.items(in, "uitgavenposten")) {
                posten.add(post(item));
            }
            if (in.opt("accres_gepubliceerd") != null) {
                nb.gepubliceerdAccres(Reeksen.rates(in.get("accres_gepubliceerd"), "gepubliceerd accres %"));
            }
            if (in.opt("lpo") != null) {
                nb.lpo(Reeksen.rates(in.get("lpo"), "loon- en prijsbijstelling"));
            }
            if (in.opt("bbp") != null) {
                bbp(in.get("bbp"));
            }
        }
        nb.aggregaten(aggregaten).posten(posten);
        Node fondsen = top.opt("fondsen");
        if (fondsen != null) {
            for (Map.Entry<String, Node> e : fondsen.asMap().entries().entrySet()) {
                nb.fonds(FondsReader.fonds(e.getKey(), e.getValue(), unit));
                Node gedrukt = e.getValue().asMap().opt("bcf_ruimte_gepubliceerd");
                if (gedrukt != null && top.has("bcf")) {
                    throw gedrukt.error("the BCF-ruimte is printed here and computed from the plafond ('bcf'); give one");
                }
            }
        }
    }

    /** {@code bcf}. */
    void readBcf() {
        if (top.opt("bcf") != null) {
            nb.bcf(FondsReader.bcf(top.get("bcf"), unit));
        }
    }

    /** {@code standen} and {@code jaren}, then the checked input. */
    Normeringsinvoer build(ParameterSet parameters) {
        List<Stand> standen = new ArrayList<>();
        Map<Stand, Node.Map> ranges = new LinkedHashMap<>();
        Node st = top.opt("standen");
        if (st == null) {
            standen.add(stand);
        } else if (st instanceof Node.Map sm) {
            for (Map.Entry<String, Node> e : sm.entries().entrySet()) {
                Stand s = Reeksen.standKey(e.getKey(), e.getValue());
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
            if (standen.get(i).equals(standen.get(i - 1))) {
                throw st.error("stand " + standen.get(i) + " is listed twice; list each stand once");
            }
            if (!standen.get(i).isAfter(standen.get(i - 1))) {
                throw st.error("stands out of order: " + standen.get(i) + " (published " + standen.get(i).publicationDate()
                        + ") is listed after " + standen.get(i - 1) + " (published " + standen.get(i - 1).publicationDate()
                        + "); list the stands in the order they were published");
            }
        }
        nb.standen(standen).parameters(parameters);
        jaren(ranges, standen.size());
        return top.locate(() -> {
            Normeringsinvoer draft = nb.build();
            for (Map.Entry<Stand, Node.Map> e : ranges.entrySet()) {
                nb.bereik(e.getKey(), bereik(e.getValue(), draft));
            }
            return nb.build();
        });
    }

    private void jaren(Map<Stand, Node.Map> ranges, int standen) {
        Node jaren = top.opt("jaren");
        if (jaren != null) {
            Node.Map j = jaren.asMap().allowOnly("van", "tot");
            BudgetYear van = j.get("van").asScalar().asYear();
            BudgetYear tot = j.get("tot").asScalar().asYear();
            if (tot.isBefore(van)) {
                throw j.get("tot").error("'tot' " + tot + " comes before 'van' " + van);
            }
            nb.jaren(van, tot);
        } else if (!ranges.isEmpty() && ranges.size() == standen && ranges.values().stream()
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
    }

    /** The years and funds of one stand: {van, tot, fondsen}, each defaulting to the whole computation. */
    private static Standbereik bereik(Node.Map r, Normeringsinvoer draft) {
        BudgetYear van = r.opt("van") == null ? draft.eersteJaar() : r.get("van").asScalar().asYear();
        BudgetYear tot = r.opt("tot") == null ? draft.laatsteJaar() : r.get("tot").asScalar().asYear();
        Set<Fonds> funds = EnumSet.allOf(Fonds.class);
        if (r.opt("fondsen") != null) {
            funds = EnumSet.noneOf(Fonds.class);
            for (Node f : r.get("fondsen").asList().items()) {
                funds.add(f.locate(() -> Fonds.parse(f.asScalar().asText())));
            }
        }
        Set<Fonds> chosen = funds;
        return r.locate(() -> new Standbereik(van, tot, chosen));
    }

    private Uitgavenaggregaat aggregaat(Node node) {
        Node.Map m = node.asMap().allowOnly("naam", "stand", "bron", "waarden", "totaal_netto_uitgaven", "correcties");
        String naam = aggregaatNaam(m.get("naam").asScalar());
        Stand s = m.opt("stand") == null ? stand : m.get("stand").asScalar().asStand();
        String bron = m.get("bron").asScalar().asText();
        boolean parts = m.has("totaal_netto_uitgaven") || m.has("correcties");
        if (parts && m.has("waarden")) {
            throw m.get("waarden").error("give either 'waarden' or 'totaal_netto_uitgaven' with 'correcties', not both");
        }
        return m.locate(() -> {
            if (parts) {
                Node a = m.get("totaal_netto_uitgaven");
                Node b = m.get("correcties");
                var sa = Reeksen.series(a, unit);
                var sb = Reeksen.series(b, unit);
                if (!sa.firstYear().equals(sb.firstYear()) || !sa.lastYear().equals(sb.lastYear())) {
                    throw b.error("correcties cover " + sb.firstYear() + "-" + sb.lastYear()
                            + " but totaal_netto_uitgaven cover " + sa.firstYear() + "-" + sa.lastYear()
                            + "; both need the same years");
                }
                return Uitgavenaggregaat.fromParts(naam, s, bron, sa, sb);
            }
            for (Map.Entry<String, Node> e : m.get("waarden").asMap().entries().entrySet()) {
                if (e.getValue() instanceof Node.Scalar v && !v.isNull() && v.asAmount(unit).isZero()) {
                    throw v.error("'" + v.text() + "' is zero: growth from a zero base is undefined");
                }
            }
            return Uitgavenaggregaat.of(naam, s, bron, Reeksen.series(m.get("waarden"), unit));
        });
    }

    private Uitgavenpost post(Node node) {
        Node.Map m = node.asMap().allowOnly("aggregaat", "naam", "soort", "stand", "bron", "reeks");
        String agg = aggregaatNaam(m.get("aggregaat").asScalar());
        Node.Scalar soort = m.get("soort").asScalar();
        if (Postsoort.parse(soort.asText()) == null) {
            throw soort.error("'" + soort.text() + "' is not a kind of spending item; expected one of "
                    + Postsoort.spellings());
        }
        Stand s = m.opt("stand") == null ? stand : m.get("stand").asScalar().asStand();
        return new Uitgavenpost(agg, m.get("naam").asScalar().asText(), soort.asText(), s,
                m.get("bron").asScalar().asText(), Reeksen.series(m.get("reeks"), unit));
    }

    private static String aggregaatNaam(Node.Scalar v) {
        String naam = v.asText();
        if (!naam.equals("NGRU") && !naam.equals("ARU")) {
            throw v.error("'" + naam + "' is not a spending aggregate; expected NGRU or ARU");
        }
        return naam;
    }

    private void bbp(Node node) {
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
            nacalculatie = jaNee(m.get("prijsnacalculatie").asScalar());
        }
        nb.bbp(Reeksen.rates(m.get("volume"), "reële bbp-groei"), Reeksen.rates(m.get("prijs"), "prijs bbp"),
                new BbpKeuzes(middeling, combinatie, nacalculatie));
    }

    /** ja/nee (also true/false). */
    static boolean jaNee(Node.Scalar v) {
        return switch (v.asText()) {
            case "ja", "true" -> true;
            case "nee", "false" -> false;
            default -> throw v.error("'" + v.text() + "' is not ja or nee");
        };
    }
}
