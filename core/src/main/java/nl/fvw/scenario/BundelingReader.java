package nl.fvw.scenario;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.bundeling.Bundeling;
import nl.fvw.bundeling.Doel;
import nl.fvw.bundeling.Herindeling;
import nl.fvw.bundeling.Ontvanger;
import nl.fvw.bundeling.Spuk;
import nl.fvw.bundeling.Verdeelsleutel;
import nl.fvw.input.Node;
import nl.fvw.money.AmountUnit;

/** A bundling under {@code bundelingen}: SPUKs, recipients, key, korting and ingroeipad (docs/scenario.md). */
final class BundelingReader {
    private BundelingReader() {
    }

    static Bundeling bundeling(Node node, AmountUnit unit, ScenarioFiles files) {
        Node.Map m = node.asMap().allowOnly("naam", "bron", "doel", "startjaar", "tot", "efficiencykorting", "au_vanaf",
                "grondslag_vanaf", "ingroeipad", "ontvangers", "spuks", "sleutel", "herindelingen");
        String naam = m.get("naam").asScalar().asText();
        Doel doel = m.get("doel").locate(() -> Doel.parse(m.get("doel").asScalar().asText()));
        Path ontvangersFile = files.resolveAndHash(m.get("ontvangers"), "data", ".csv");
        List<Ontvanger> ontvangers = Csv.ontvangers(ontvangersFile);
        List<Spuk> spuks = new ArrayList<>();
        for (Node sn : m.get("spuks").asList().items()) {
            spuks.add(spuk(sn, unit, files));
        }
        Node.Map sl = m.get("sleutel").asMap().allowOnly("maatstaven", "historisch");
        Map<String, MonetaryAmount> bedragen = new TreeMap<>();
        if (sl.opt("maatstaven") != null) {
            for (Map.Entry<String, Node> e : sl.get("maatstaven").asMap().entries().entrySet()) {
                bedragen.put(e.getKey(), e.getValue().asScalar().asAmount(unit));
            }
        }
        List<Herindeling> herindelingen = new ArrayList<>();
        for (Node hn : ScenarioFiles.items(m, "herindelingen")) {
            Node.Map hm = hn.asMap().allowOnly("jaar", "van", "naar");
            List<String> van = new ArrayList<>();
            for (Node v : hm.get("van").asList().items()) {
                van.add(v.asScalar().asText());
            }
            herindelingen.add(new Herindeling(hm.get("jaar").asScalar().asYear(), van, hm.get("naar").asScalar().asText()));
        }
        boolean ingroei = m.opt("ingroeipad") != null && NormeringReader.jaNee(m.get("ingroeipad").asScalar());
        Bundeling.Builder b = Bundeling.builder(naam).doel(doel).ontvangers(ontvangers).ingefaseerd(ingroei)
                .sleutel(new Verdeelsleutel(bedragen, sl.opt("historisch") == null ? BigDecimal.ZERO
                        : sl.get("historisch").asScalar().asDecimal()));
        spuks.forEach(b::spuk);
        herindelingen.forEach(b::herindeling);
        return m.locate(() -> b.bron(m.get("bron").asScalar().asText())
                .jaren(m.get("startjaar").asScalar().asYear(), m.get("tot").asScalar().asYear())
                .efficiencykorting(m.get("efficiencykorting").asScalar().asPercentage())
                .auVanaf(m.opt("au_vanaf") == null ? null : m.get("au_vanaf").asScalar().asYear())
                .grondslagVanaf(m.opt("grondslag_vanaf") == null ? null : m.get("grondslag_vanaf").asScalar().asYear())
                .build());
    }

    private static Spuk spuk(Node node, AmountUnit unit, ScenarioFiles files) {
        Node.Map sm = node.asMap().allowOnly("naam", "bron", "budget", "historisch");
        Map<String, BigDecimal> historisch;
        Node h = sm.get("historisch");
        if (h instanceof Node.Scalar) {
            historisch = Csv.bedragen(files.resolveAndHash(h, "data", ".csv"));
        } else {
            historisch = new TreeMap<>();
            for (Map.Entry<String, Node> e : h.asMap().entries().entrySet()) {
                historisch.put(e.getKey(), e.getValue().asScalar().asDecimal());
            }
        }
        Map<String, BigDecimal> hist = historisch;
        return sm.locate(() -> new Spuk(sm.get("naam").asScalar().asText(), sm.get("bron").asScalar().asText(),
                Reeksen.nonNegativeYearAmounts(sm.get("budget"), unit, "a SPUK's budget is zero or more"),
                hist));
    }
}
