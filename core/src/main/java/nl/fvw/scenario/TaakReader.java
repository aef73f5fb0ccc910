package nl.fvw.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.fvw.bekostiging.Bestuurslaag;
import nl.fvw.bekostiging.Indexreeks;
import nl.fvw.bekostiging.Kostencomponent;
import nl.fvw.bekostiging.Kostensoort;
import nl.fvw.bekostiging.Route;
import nl.fvw.bekostiging.Signalering;
import nl.fvw.bekostiging.Signaleringsstap;
import nl.fvw.bekostiging.Taak;
import nl.fvw.bekostiging.Wijziging;
import nl.fvw.input.Node;
import nl.fvw.money.AmountUnit;

/** A task under {@code taken}: its cost components, index, key, compensation and route (docs/scenario.md). */
final class TaakReader {
    private TaakReader() {
    }

    static Taak taak(Node node, AmountUnit unit) {
        Node.Map m = node.asMap().allowOnly("naam", "bron", "basisjaar", "jaren", "index", "componenten", "sleutel",
                "verdeling", "compensatie", "compensatie_eenmalig", "route", "aannames", "signalering", "wijziging");
        Taak.Builder t = Taak.builder(m.get("naam").asScalar().asText());
        Node.Map jaren = m.get("jaren").asMap().allowOnly("van", "tot");
        t.jaren(jaren.get("van").asScalar().asYear(), jaren.get("tot").asScalar().asYear());
        for (Node c : m.get("componenten").asList().items()) {
            t.component(component(c, unit));
        }
        for (Map.Entry<String, Node> e : m.get("sleutel").asMap().entries().entrySet()) {
            Bestuurslaag laag = e.getValue().locate(() -> Bestuurslaag.parse(e.getKey()));
            t.sleutel(laag, e.getValue().asScalar().asDecimal());
        }
        if (m.opt("verdeling") != null) {
            for (Map.Entry<String, Node> e : m.get("verdeling").asMap().entries().entrySet()) {
                Map<String, BigDecimal> w = new LinkedHashMap<>();
                for (Map.Entry<String, Node> r : e.getValue().asMap().entries().entrySet()) {
                    BigDecimal x = r.getValue().asScalar().asDecimal();
                    if (x.signum() < 0) {
                        throw r.getValue().error("a weight cannot be negative");
                    }
                    w.put(r.getKey(), x);
                }
                t.verdeling(e.getValue().locate(() -> Bestuurslaag.parse(e.getKey())), w);
            }
        }
        if (m.opt("compensatie") != null) {
            Reeksen.yearAmounts(m.get("compensatie"), unit).forEach(t::compensatie);
        }
        if (m.opt("compensatie_eenmalig") != null) {
            Reeksen.yearAmounts(m.get("compensatie_eenmalig"), unit).forEach(t::compensatieEenmalig);
        }
        t.route(m.get("route").locate(() -> Route.parse(m.get("route").asScalar().asText())));
        for (Node a : ScenarioFiles.items(m, "aannames")) {
            t.aanname(a.asScalar().asText());
        }
        t.index(m.opt("index") == null ? Indexreeks.geen() : index(m.get("index")));
        if (m.opt("signalering") != null) {
            t.signalering(signalering(m.get("signalering")));
        }
        if (m.opt("wijziging") != null) {
            t.wijziging(m.get("wijziging").locate(() -> Wijziging.parse(m.get("wijziging").asScalar().asText())));
        }
        return m.locate(() -> t.bron(m.get("bron").asScalar().asText()).basisjaar(m.get("basisjaar").asScalar().asYear())
                .build());
    }

    /** The steps of the signalering taken so far, each with its date and source, and the date they are judged at. */
    private static Signalering signalering(Node node) {
        Node.Map m = node.asMap().allowOnly("peildatum", "stappen");
        LocalDate peildatum = datum(m.get("peildatum"));
        List<Signalering.Stap> stappen = new ArrayList<>();
        for (Node n : m.get("stappen").asList().items()) {
            Node.Map s = n.asMap().allowOnly("stap", "datum", "bron");
            Signaleringsstap stap = s.get("stap").locate(() -> Signaleringsstap.parse(s.get("stap").asScalar().asText()));
            stappen.add(new Signalering.Stap(stap, datum(s.get("datum")), s.get("bron").asScalar().asText()));
            Signalering.Stap laatste = stappen.get(stappen.size() - 1);
            n.locate(() -> new Signalering(laatste.datum(), stappen));
        }
        return m.locate(() -> new Signalering(peildatum, stappen));
    }

    private static LocalDate datum(Node node) {
        String text = node.asScalar().asText();
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw node.error("'" + text + "' is not a date; expected jjjj-mm-dd, like 2021-06-03");
        }
    }

    private static Indexreeks index(Node node) {
        Node.Map m = node.asMap().allowOnly("naam", "bron", "stijging", "mix");
        if (m.opt("mix") != null) {
            Node.Map mix = m.get("mix").asMap().allowOnly("a", "b", "aandeel_a");
            BigDecimal w = mix.get("aandeel_a").asScalar().asDecimal();
            Indexreeks a = index(mix.get("a"));
            Indexreeks b = index(mix.get("b"));
            return mix.locate(() -> Indexreeks.mix(a, w, b));
        }
        return new Indexreeks(m.get("naam").asScalar().asText(), m.get("bron").asScalar().asText(),
                Reeksen.yearRates(m.get("stijging")));
    }

    private static Kostencomponent component(Node node, AmountUnit unit) {
        Node.Map m = node.asMap().allowOnly("naam", "soort", "bron", "volume", "prijs_per_eenheid", "uren",
                "loonkosten_per_uur", "overhead_per_uur", "bedragen", "gefaseerd");
        String naam = m.get("naam").asScalar().asText();
        Kostensoort soort = m.get("soort").locate(() -> Kostensoort.parse(m.get("soort").asScalar().asText()));
        Kostencomponent.Berekening b = m.locate(() -> {
            if (m.has("volume")) {
                return new Kostencomponent.VolumeMaalPrijs(Reeksen.yearNumbers(m.get("volume")),
                        m.get("prijs_per_eenheid").asScalar().asAmount(unit));
            } else if (m.has("uren")) {
                return new Kostencomponent.UrenMaalTarief(Reeksen.yearNumbers(m.get("uren")),
                        m.get("loonkosten_per_uur").asScalar().asAmount(unit),
                        m.get("overhead_per_uur").asScalar().asAmount(unit));
            } else if (m.has("bedragen")) {
                return new Kostencomponent.Bedragen(Reeksen.yearAmounts(m.get("bedragen"), unit));
            } else if (m.has("gefaseerd")) {
                Node.Map g = m.get("gefaseerd").asMap().allowOnly("totaal", "aandelen");
                return Kostencomponent.Bedragen.gefaseerd(g.get("totaal").asScalar().asAmount(unit),
                        Reeksen.yearNumbers(g.get("aandelen")));
            }
            throw m.error("a component needs volume + prijs_per_eenheid, uren + loonkosten_per_uur + overhead_per_uur,"
                    + " bedragen, or gefaseerd");
        });
        return new Kostencomponent(naam, soort, b, m.get("bron").asScalar().asText());
    }
}
