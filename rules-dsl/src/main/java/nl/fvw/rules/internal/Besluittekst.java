package nl.fvw.rules.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.money.MonetaryAmount;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import nl.fvw.explain.RuleRef;
import nl.fvw.input.InputReader;
import nl.fvw.input.Node;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Afrekenmoment;
import nl.fvw.normering.Besluit;
import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Kortingsbesluit;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Uitsluiting;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The decisions of the normering rules ({@link Besluiten}) as JSON text and back, every value as
 * written: each decision with its fund, year, stand decided and content, each rule once (id, name,
 * source, what it replaces), an excluded item by its place in the input's items, a korting's amount
 * with its currency and scale. Read back for an input of the same structure, the decisions equal
 * those written, in the same order.
 *
 * <pre>{@code
 * byte[] json = Besluittekst.schrijf(besluiten, sleutel, invoer);
 * Besluiten terug = Besluittekst.lees("besluiten.json", json, sleutel, invoer);
 * }</pre>
 */
public final class Besluittekst {
    /** The form of the text; a text of another form is not read. */
    static final String FORMAAT = "fvw-besluiten 1";
    private static final JsonFactory JSON = new JsonFactory();

    private Besluittekst() {
    }

    /**
     * The decisions as JSON.
     *
     * @param besluiten the decisions, of the input they were decided for
     * @param sleutel what they were decided from (written with them, checked when read)
     * @param in the input they were decided for (its items are written by their place)
     * @return the UTF-8 text, or null when a decision has a content this form does not know
     */
    public static byte[] schrijf(Besluiten besluiten, String sleutel, Normeringsinvoer in) {
        Map<RuleRef, Integer> regels = new LinkedHashMap<>();
        List<String[]> inhoud = new ArrayList<>();
        for (Besluit<?> b : besluiten.all()) {
            String[] i = inhoud(b.inhoud());
            if (i == null) {
                return null;
            }
            inhoud.add(i);
            regels.putIfAbsent(b.regel(), regels.size());
        }
        besluiten.uitsluitingen().forEach(u -> regels.putIfAbsent(u.regel(), regels.size()));
        besluiten.kortingen().forEach(k -> regels.putIfAbsent(k.regel(), regels.size()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("formaat", FORMAAT);
            g.writeStringField("sleutel", sleutel);
            g.writeArrayFieldStart("regels");
            for (RuleRef r : regels.keySet()) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("naam", r.name());
                g.writeStringField("bron", r.source());
                g.writeStringField("vervangt", r.replaces());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("besluiten");
            for (int n = 0; n < besluiten.all().size(); n++) {
                Besluit<?> b = besluiten.all().get(n);
                g.writeStartObject();
                g.writeStringField("fonds", b.fonds().name());
                g.writeStringField("jaar", b.jaar().toString());
                g.writeStringField("besloten", b.besloten() == null ? null : b.besloten().toString());
                g.writeStringField("inhoud", inhoud.get(n)[0]);
                g.writeStringField("waarde", inhoud.get(n)[1]);
                g.writeNumberField("regel", regels.get(b.regel()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("uitsluitingen");
            for (Uitsluiting u : besluiten.uitsluitingen()) {
                g.writeStartObject();
                g.writeNumberField("post", plaats(in, u));
                g.writeStringField("besloten", u.besloten() == null ? null : u.besloten().toString());
                g.writeNumberField("regel", regels.get(u.regel()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("kortingen");
            for (Kortingsbesluit k : besluiten.kortingen()) {
                g.writeStartObject();
                g.writeStringField("fonds", k.fonds().name());
                g.writeStringField("jaar", k.jaar().toString());
                g.writeStringField("naam", k.naam());
                g.writeStringField("valuta", k.bedrag() == null ? null : k.bedrag().getCurrency().getCurrencyCode());
                g.writeStringField("bedrag", k.bedrag() == null ? null
                        : k.bedrag().getNumber().numberValueExact(BigDecimal.class).toString());
                g.writeNumberField("regel", regels.get(k.regel()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The decisions a text holds, for an input of the structure they were decided for.
     *
     * @param naam the file's name, for messages
     * @param tekst the text {@link #schrijf} wrote
     * @param sleutel what the decisions must have been decided from
     * @param in the input, of that structure
     * @return the decisions
     * @throws nl.fvw.FvwException when the text is not of this form, or was written for another key
     */
    public static Besluiten lees(String naam, byte[] tekst, String sleutel, Normeringsinvoer in) {
        Node.Map root = InputReader.parse(naam, tekst).asMap();
        if (!FORMAAT.equals(text(root.get("formaat"))) || !sleutel.equals(text(root.get("sleutel")))) {
            throw root.error("holds decisions of another form or key");
        }
        List<RuleRef> regels = new ArrayList<>();
        for (Node r : root.get("regels").asList().items()) {
            Node.Map m = r.asMap();
            regels.add(new RuleRef(text(m.get("id")), text(m.get("naam")), text(m.get("bron")), opt(m, "vervangt")));
        }
        List<Besluit<?>> besluiten = new ArrayList<>();
        for (Node b : root.get("besluiten").asList().items()) {
            Node.Map m = b.asMap();
            besluiten.add(new Besluit<>(Fonds.valueOf(text(m.get("fonds"))), BudgetYear.parse(text(m.get("jaar"))),
                    stand(opt(m, "besloten")), inhoud(text(m.get("inhoud")), opt(m, "waarde")), regel(regels, m)));
        }
        List<Uitsluiting> uitsluitingen = new ArrayList<>();
        for (Node u : root.get("uitsluitingen").asList().items()) {
            Node.Map m = u.asMap();
            uitsluitingen.add(new Uitsluiting(in.posten().get(Integer.parseInt(text(m.get("post")))), stand(opt(m, "besloten")),
                    regel(regels, m)));
        }
        List<Kortingsbesluit> kortingen = new ArrayList<>();
        for (Node k : root.get("kortingen").asList().items()) {
            Node.Map m = k.asMap();
            String bedrag = opt(m, "bedrag");
            MonetaryAmount a = bedrag == null ? null : Amounts.of(new BigDecimal(bedrag), opt(m, "valuta"));
            kortingen.add(new Kortingsbesluit(Fonds.valueOf(text(m.get("fonds"))), BudgetYear.parse(text(m.get("jaar"))),
                    text(m.get("naam")), a, regel(regels, m)));
        }
        return new Besluiten(besluiten, uitsluitingen, kortingen, in);
    }

    /** The content's kind and its one value as text; null for a kind this form does not know. */
    private static String[] inhoud(Besluit.Inhoud i) {
        if (i instanceof Besluit.TrapOpTrapAf t) {
            return new String[] {"trap-op-trap-af", t.aggregaat()};
        } else if (i instanceof Besluit.BbpSystematiek) {
            return new String[] {"bbp-systematiek", null};
        } else if (i instanceof Besluit.GepubliceerdPercentage) {
            return new String[] {"gepubliceerd percentage", null};
        } else if (i instanceof Besluit.GepubliceerdeTranche) {
            return new String[] {"gepubliceerde tranche", null};
        } else if (i instanceof Besluit.GeheelVast v) {
            return new String[] {"geheel vast", v.stand().toString()};
        } else if (i instanceof Besluit.VolumedeelVast v) {
            return new String[] {"volumedeel vast", v.stand().toString()};
        } else if (i instanceof Besluit.NietVast) {
            return new String[] {"niet vast", null};
        } else if (i instanceof Besluit.Vaststelling v) {
            return new String[] {"vaststelling", v.afrekenmoment().name()};
        } else if (i instanceof Besluit.Looptijd l) {
            return new String[] {"looptijd", l.totEnMet() == null ? null : l.totEnMet().toString()};
        } else if (i instanceof Besluit.Behoedzaamheidsreserve r) {
            return new String[] {"behoedzaamheidsreserve", r.fractie().toString()};
        }
        return null;
    }

    private static Besluit.Inhoud inhoud(String soort, String waarde) {
        return switch (soort) {
            case "trap-op-trap-af" -> new Besluit.TrapOpTrapAf(waarde);
            case "bbp-systematiek" -> new Besluit.BbpSystematiek();
            case "gepubliceerd percentage" -> new Besluit.GepubliceerdPercentage();
            case "gepubliceerde tranche" -> new Besluit.GepubliceerdeTranche();
            case "geheel vast" -> new Besluit.GeheelVast(Stand.parse(waarde));
            case "volumedeel vast" -> new Besluit.VolumedeelVast(Stand.parse(waarde));
            case "niet vast" -> new Besluit.NietVast();
            case "vaststelling" -> new Besluit.Vaststelling(Afrekenmoment.valueOf(waarde));
            case "looptijd" -> new Besluit.Looptijd(waarde == null ? null : BudgetYear.parse(waarde));
            case "behoedzaamheidsreserve" -> new Besluit.Behoedzaamheidsreserve(new BigDecimal(waarde));
            default -> throw new IllegalArgumentException("unknown kind of decision '" + soort + "'");
        };
    }

    /** Where the excluded item is in the input's items (the same object the rules saw). */
    private static int plaats(Normeringsinvoer in, Uitsluiting u) {
        List<?> posten = in.posten();
        for (int i = 0; i < posten.size(); i++) {
            if (posten.get(i) == u.post()) {
                return i;
            }
        }
        throw new IllegalStateException("excluded item " + u.post() + " is not one of the input's items");
    }

    private static RuleRef regel(List<RuleRef> regels, Node.Map m) {
        return regels.get(Integer.parseInt(text(m.get("regel"))));
    }

    private static Stand stand(String t) {
        return t == null ? null : Stand.parse(t);
    }

    /** The text of an optional key: null when absent or null. */
    private static String opt(Node.Map m, String key) {
        Node n = m.opt(key);
        return n == null ? null : text(n);
    }

    private static String text(Node n) {
        Node.Scalar s = n.asScalar();
        return s.isNull() ? null : s.text();
    }
}
