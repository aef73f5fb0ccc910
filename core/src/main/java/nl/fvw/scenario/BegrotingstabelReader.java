package nl.fvw.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import nl.fvw.begroting.Mutatiecontrole;
import nl.fvw.begroting.Mutatietabel;
import nl.fvw.input.Node;
import nl.fvw.money.AmountUnit;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Standbereik;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The {@code begrotingstabellen} of a scenario (docs/scenario.md): each a table in the begroting's
 * shape, read row by row into a {@link Begrotingstabel}. Where the source prints a stand but not its
 * mutations, or mutations but not the stand they lead to, or a mutation only through its parts,
 * fvw derives the missing row and marks it. A table that does not add up within the printed rounding
 * is refused at the row and year, unless the scenario acknowledges the cell; a row linked to an fvw
 * figure ({@code figuur}) becomes a check per printed year.
 */
final class BegrotingstabelReader {
    private final AmountUnit scenarioUnit;
    private final Normeringsinvoer normering;
    private final Function<Stand, Standbereik> bereik;

    /**
     * @param scenarioUnit the unit of the scenario's own amounts (and its checks)
     * @param normering the scenario's normering input: its stands, their years, its last year
     */
    BegrotingstabelReader(AmountUnit scenarioUnit, Normeringsinvoer normering) {
        this.scenarioUnit = scenarioUnit;
        this.normering = normering;
        this.bereik = s -> normering.standen().contains(s) ? normering.bereik(s) : null;
    }

    /** One row as read, before the derived ones are filled in. */
    private record Gelezen(Node node, String label, Mutatietabel.Soort soort, TreeMap<BudgetYear, BigDecimal> bedragen,
            Mutatietabel.Oorzaak oorzaak, String bron, Stand stand, Node figuur, BigDecimal tolerantie, Stand van, boolean rest,
            boolean afgeleid) {
        Gelezen met(TreeMap<BudgetYear, BigDecimal> afgeleideBedragen) {
            return new Gelezen(node, label, soort, afgeleideBedragen, oorzaak, bron, stand, figuur, tolerantie, van, rest, true);
        }
    }

    Begrotingstabel tabel(Node node, List<Controle> controles) {
        Node.Map m = node.asMap().allowOnly("titel", "fonds", "post", "bron", "eenheid", "decimalen", "jaren", "rijen",
                "erkende_afwijkingen");
        String titel = m.get("titel").asScalar().asText();
        Fonds fonds = m.opt("fonds") == null ? null : m.get("fonds").locate(() -> Fonds.parse(m.get("fonds").asScalar().asText()));
        Begrotingstabel.Post post = post(m.opt("post"));
        String bron = m.get("bron").asScalar().asText();
        AmountUnit unit = m.opt("eenheid") == null ? scenarioUnit : m.get("eenheid").locate(
                () -> AmountUnit.byLabel(m.get("eenheid").asScalar().asText()));
        if (unit == null) {
            throw m.opt("eenheid") == null ? node.error("a begroting table needs its unit: give 'eenheid' in the table or"
                    + " in the scenario") : m.get("eenheid").error("'" + m.get("eenheid").asScalar().asText()
                            + "' is not a known unit; expected one of " + AmountUnit.knownLabels());
        }
        int decimalen = m.opt("decimalen") == null ? (unit == AmountUnit.MLN || unit == AmountUnit.MLD ? 1 : 0)
                : m.get("decimalen").asScalar().asDecimal().intValueExact();
        BigDecimal printUnit = BigDecimal.ONE.movePointLeft(decimalen);
        List<Gelezen> rows = new ArrayList<>();
        for (Node r : m.get("rijen").asList().items()) {
            rij(r, unit, decimalen, false, rows);
        }
        if (rows.isEmpty() || rows.get(0).soort() != Mutatietabel.Soort.STAND) {
            throw m.get("rijen").error("a begroting table starts with a stand: {stand: Miljoenennota 2023, bedragen: {…}}");
        }
        List<BudgetYear> jaren = jaren(m, rows);
        List<Gelezen> volledig = afleiden(rows, jaren);
        List<Mutatietabel.Rij> rijen = new ArrayList<>();
        List<Stand> standen = new ArrayList<>();
        for (Gelezen g : volledig) {
            List<BigDecimal> waarden = new ArrayList<>();
            for (BudgetYear y : jaren) {
                waarden.add(g.bedragen().get(y));
            }
            rijen.add(new Mutatietabel.Rij(g.label(), g.soort(), waarden, g.oorzaak(), g.bron(), g.afgeleid()));
            if (g.stand() != null) {
                standen.add(g.stand());
            }
        }
        List<String> kolommen = jaren.stream().map(BudgetYear::toString).toList();
        Mutatietabel tabel = m.locate(() -> new Mutatietabel(titel, unit.label(), printUnit, kolommen, rijen));
        List<Begrotingstabel.Erkend> erkend = erkend(m.opt("erkende_afwijkingen"));
        Begrotingstabel b = new Begrotingstabel(fonds, post, bron, tabel, standen, erkend);
        for (Mutatiecontrole.Afwijking a : b.afwijkingen()) {
            if (!a.afronding() && b.erkendeReden(a) == null) {
                Gelezen at = volledig.stream().filter(g -> a.regel().endsWith(g.label())).findFirst().orElse(null);
                throw (at == null || at.node() == null ? m.get("rijen") : at.node()).error("'" + a.regel() + "' " + a.kolom()
                        + " does not add up: printed " + a.gedrukt().toPlainString() + ", the sum of its printed parts is "
                        + a.berekend().toPlainString() + " (difference " + a.verschil().toPlainString() + "; the rounding of"
                        + " the parts explains at most " + a.afrondingsmarge().toPlainString() + "); correct the table, or name"
                        + " the cell under 'erkende_afwijkingen' with the reason the source is taken as printed");
            }
        }
        koppelingen(volledig, fonds, unit, printUnit, titel, bron, controles);
        return b;
    }

    private static Begrotingstabel.Post post(Node n) {
        if (n == null) {
            return Begrotingstabel.Post.FONDS;
        }
        String t = n.asScalar().asText().strip();
        for (Begrotingstabel.Post p : Begrotingstabel.Post.values()) {
            if (p.toString().equalsIgnoreCase(t)) {
                return p;
            }
        }
        throw n.error("'" + t + "' is not a post; expected 'fonds' or 'aanvullende post'");
    }

    /** Reads a row (and its parts) into {@code out}. */
    private void rij(Node node, AmountUnit unit, int decimalen, boolean deel, List<Gelezen> out) {
        Node.Map m = node.asMap().allowOnly("stand", "mutatie", "waarvan", "bedragen", "oorzaak", "bron", "delen", "figuur",
                "tolerantie", "van", "rest");
        List<String> kinds = List.of("stand", "mutatie", "waarvan").stream().filter(m::has).toList();
        if (kinds.size() != 1) {
            throw m.error("a row is one of 'stand', 'mutatie' or 'waarvan'" + (kinds.isEmpty() ? "" : "; found " + kinds));
        }
        String kind = kinds.get(0);
        if (deel && !kind.equals("mutatie")) {
            throw m.get(kind).error("the parts of a mutation are mutations ('mutatie'), not '" + kind + "'");
        }
        TreeMap<BudgetYear, BigDecimal> bedragen = new TreeMap<>();
        if (m.opt("bedragen") != null) {
            for (Map.Entry<String, Node> e : m.get("bedragen").asMap().entries().entrySet()) {
                BudgetYear y = Reeksen.yearKey(e.getKey(), e.getValue());
                BigDecimal v = unit.fromEuro(Amounts.value(e.getValue().asScalar().asAmount(unit)));
                if (v.stripTrailingZeros().scale() > decimalen) {
                    throw e.getValue().error("'" + v.toPlainString() + "' has more decimals than the table prints ("
                            + decimalen + "); a printed figure has at most 'decimalen' decimals");
                }
                bedragen.put(y, v);
            }
        }
        Stand stand = kind.equals("stand") ? m.get("stand").asScalar().asStand() : null;
        String label = kind.equals("stand") ? "Stand " + stand : m.get(kind).asScalar().asText();
        Mutatietabel.Oorzaak oorzaak = null;
        if (m.opt("oorzaak") != null) {
            if (!kind.equals("mutatie")) {
                throw m.get("oorzaak").error("only a mutation has a cause");
            }
            String o = m.get("oorzaak").asScalar().asText().strip();
            oorzaak = switch (o.toLowerCase(java.util.Locale.ROOT)) {
                case "besluitvorming" -> Mutatietabel.Oorzaak.BESLUITVORMING;
                case "technisch" -> Mutatietabel.Oorzaak.TECHNISCH;
                default -> throw m.get("oorzaak").error("'" + o + "' is not a cause; expected 'besluitvorming' or 'technisch'");
            };
        }
        if (m.opt("delen") != null && !kind.equals("mutatie")) {
            throw m.get("delen").error("only a mutation has parts");
        }
        boolean rest = m.opt("rest") != null && NormeringReader.jaNee(m.get("rest").asScalar());
        if (rest && (!kind.equals("mutatie") || deel || !bedragen.isEmpty() || m.opt("delen") != null)) {
            throw m.get("rest").error("'rest' is a mutation without amounts or parts: the new stand less the stand before and"
                    + " the other mutations");
        }
        if (bedragen.isEmpty() && m.opt("delen") == null && !kind.equals("stand") && !rest) {
            throw m.error("'" + label + "' has no 'bedragen'" + (kind.equals("mutatie") ? " and no 'delen' to sum" : ""));
        }
        Stand van = m.opt("van") == null ? null : m.get("van").asScalar().asStand();
        if (van != null && m.opt("figuur") == null) {
            throw m.get("van").error("'van' names the earlier stand of a bijstelling a row is linked to ('figuur')");
        }
        BigDecimal tolerantie = m.opt("tolerantie") == null ? null : m.get("tolerantie").asScalar().asDecimal();
        if (tolerantie != null && m.opt("figuur") == null) {
            throw m.get("tolerantie").error("a tolerance belongs to a row linked to a figure ('figuur')");
        }
        Mutatietabel.Soort soort = switch (kind) {
            case "stand" -> Mutatietabel.Soort.STAND;
            case "waarvan" -> Mutatietabel.Soort.WAARVAN;
            default -> deel ? Mutatietabel.Soort.SUBMUTATIE : Mutatietabel.Soort.MUTATIE;
        };
        out.add(new Gelezen(node, label, soort, bedragen, oorzaak, m.opt("bron") == null ? null
                : m.get("bron").asScalar().asText(), stand, m.opt("figuur"), tolerantie, van, rest, false));
        if (m.opt("delen") != null) {
            for (Node d : m.get("delen").asList().items()) {
                rij(d, unit, decimalen, true, out);
            }
        }
    }

    /** The columns: the table's {@code jaren}, or every year its rows give; each year of a row must be one. */
    private static List<BudgetYear> jaren(Node.Map m, List<Gelezen> rows) {
        BudgetYear van;
        BudgetYear tot;
        if (m.opt("jaren") != null) {
            Node.Map j = m.get("jaren").asMap().allowOnly("van", "tot");
            van = j.get("van").asScalar().asYear();
            tot = j.get("tot").asScalar().asYear();
            if (tot.isBefore(van)) {
                throw j.get("tot").error("'tot' " + tot + " comes before 'van' " + van);
            }
        } else {
            van = rows.stream().flatMap(g -> g.bedragen().keySet().stream()).min(BudgetYear::compareTo).orElse(null);
            tot = rows.stream().flatMap(g -> g.bedragen().keySet().stream()).max(BudgetYear::compareTo).orElse(null);
            if (van == null) {
                throw m.get("rijen").error("no amounts in any row");
            }
        }
        for (Gelezen g : rows) {
            for (BudgetYear y : g.bedragen().keySet()) {
                if (y.isBefore(van) || y.isAfter(tot)) {
                    throw g.node().asMap().get("bedragen").asMap().get(y.toString()).error("year " + y + " lies outside the"
                            + " years of the table (" + van + "-" + tot + ")");
                }
            }
        }
        List<BudgetYear> out = new ArrayList<>();
        for (BudgetYear y = van; !y.isAfter(tot); y = y.next()) {
            out.add(y);
        }
        return out;
    }

    /**
     * The rows with what the source leaves out derived: a mutation given only by its parts is their
     * sum; a stand without amounts is the stand before plus the mutations; two printed stands with
     * nothing between get the difference as one mutation. Stands run in publication order, and the
     * years of the mutations into a stand the scenario computes lie within that stand's years.
     */
    private List<Gelezen> afleiden(List<Gelezen> rows, List<BudgetYear> jaren) {
        List<Gelezen> out = new ArrayList<>();
        Gelezen vorige = null;
        List<Gelezen> sinds = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Gelezen g = rows.get(i);
            if (g.soort() == Mutatietabel.Soort.MUTATIE && g.bedragen().isEmpty()) {
                TreeMap<BudgetYear, BigDecimal> som = new TreeMap<>();
                for (int k = i + 1; k < rows.size() && rows.get(k).soort() == Mutatietabel.Soort.SUBMUTATIE; k++) {
                    rows.get(k).bedragen().forEach((y, v) -> som.merge(y, v, BigDecimal::add));
                }
                g = g.met(som);
            }
            if (g.soort() == Mutatietabel.Soort.STAND) {
                if (vorige != null) {
                    if (!g.stand().isAfter(vorige.stand())) {
                        throw g.node().asMap().get("stand").error("stands out of order: " + g.stand() + " (published "
                                + g.stand().publicationDate() + ") follows " + vorige.stand() + " (published "
                                + vorige.stand().publicationDate() + "); a table runs from the earlier stand to the later");
                    }
                    binnenStand(g.stand(), sinds);
                    Gelezen rest = sinds.stream().filter(Gelezen::rest).findFirst().orElse(null);
                    if (rest != null) {
                        if (g.bedragen().isEmpty() || sinds.stream().filter(Gelezen::rest).count() > 1) {
                            throw rest.node().asMap().get("rest").error("a rest is the difference of two printed stands and"
                                    + " the other mutations: one per step, before a stand with its amounts");
                        }
                        TreeMap<BudgetYear, BigDecimal> r = new TreeMap<>();
                        for (BudgetYear y : jaren) {
                            if (g.bedragen().containsKey(y) || vorige.bedragen().containsKey(y)) {
                                BigDecimal v = g.bedragen().getOrDefault(y, BigDecimal.ZERO)
                                        .subtract(vorige.bedragen().getOrDefault(y, BigDecimal.ZERO));
                                for (Gelezen x : sinds) {
                                    if (x != rest && x.soort() == Mutatietabel.Soort.MUTATIE) {
                                        v = v.subtract(x.bedragen().getOrDefault(y, BigDecimal.ZERO));
                                    }
                                }
                                r.put(y, v);
                            }
                        }
                        Gelezen derived = rest.met(r);
                        out.set(plaats(out, rest), derived);
                        sinds.set(plaats(sinds, rest), derived);
                    }
                    if (g.bedragen().isEmpty()) {
                        TreeMap<BudgetYear, BigDecimal> stand = new TreeMap<>(vorige.bedragen());
                        sinds.stream().filter(x -> x.soort() == Mutatietabel.Soort.MUTATIE)
                                .forEach(x -> x.bedragen().forEach((y, v) -> stand.merge(y, v, BigDecimal::add)));
                        g = g.met(stand);
                    } else if (sinds.isEmpty()) {
                        TreeMap<BudgetYear, BigDecimal> verschil = new TreeMap<>();
                        for (BudgetYear y : jaren) {
                            BigDecimal a = vorige.bedragen().getOrDefault(y, BigDecimal.ZERO);
                            BigDecimal b = g.bedragen().getOrDefault(y, BigDecimal.ZERO);
                            if (a.compareTo(b) != 0 || vorige.bedragen().containsKey(y) != g.bedragen().containsKey(y)) {
                                verschil.put(y, b.subtract(a));
                            }
                        }
                        out.add(new Gelezen(null, "Mutaties (niet uitgesplitst)", Mutatietabel.Soort.MUTATIE, verschil, null,
                                null, null, null, null, null, false, true));
                    }
                } else if (g.bedragen().isEmpty()) {
                    throw g.node().error("the first stand of a table needs its amounts ('bedragen')");
                }
                vorige = g;
                sinds = new ArrayList<>();
            } else if (g.soort() != Mutatietabel.Soort.WAARVAN) {
                sinds.add(g);
            }
            out.add(g);
        }
        return out;
    }

    /** Where the row itself is in the list (a row equal to it by value may come earlier: a record compares its amounts). */
    private static int plaats(List<Gelezen> rows, Gelezen row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        throw new IllegalStateException("row not in the list: " + row.label());
    }

    /**
     * The mutations into a stand lie within the years that stand prints, its meerjarenraming
     * ({@link nl.fvw.time.Ijkmoment#eersteRamingsjaar}): a Voorjaarsnota 2023 prints 2023-2028.
     */
    private static void binnenStand(Stand stand, List<Gelezen> mutaties) {
        BudgetYear van = BudgetYear.of(stand.ijkmoment().eersteRamingsjaar(stand.year()));
        BudgetYear tot = BudgetYear.of(stand.ijkmoment().laatsteRamingsjaar(stand.year()));
        for (Gelezen g : mutaties) {
            for (BudgetYear y : g.bedragen().keySet()) {
                if ((y.isBefore(van) || y.isAfter(tot)) && g.node() != null && g.node().asMap().opt("bedragen") != null) {
                    throw g.node().asMap().get("bedragen").asMap().get(y.toString()).error("the mutation '" + g.label()
                            + "' in " + y + " lies outside the years stand " + stand + " prints (" + van + "-" + tot + ")");
                }
            }
        }
    }

    /** A row linked to a figure: a check per printed year (for a tranche, its years from its own on). */
    private void koppelingen(List<Gelezen> rows, Fonds fonds, AmountUnit unit, BigDecimal printUnit, String titel,
            String bron, List<Controle> controles) {
        Stand van = null;
        for (int i = 0; i < rows.size(); i++) {
            Gelezen g = rows.get(i);
            if (g.soort() == Mutatietabel.Soort.STAND) {
                van = g.stand();
            }
            if (g.figuur() == null) {
                continue;
            }
            Stand naar = g.stand() != null ? g.stand() : volgendeStand(rows, i);
            Stand vanNu = g.van() != null ? g.van() : van;
            for (Stand nodig : k(g, fonds).bijstelling() ? List.of(vanNu, naar) : List.of(naar)) {
                if (bereik == null || bereik.apply(nodig) == null) {
                    throw g.figuur().error("the row is linked to a figure at stand " + nodig + ", which the scenario does not"
                            + " compute; add it to 'standen'");
                }
            }
            Tabelkoppeling k = k(g, fonds);
            BigDecimal tol = g.tolerantie() != null ? g.tolerantie()
                    : scenarioUnit.fromEuro(printUnit.multiply(unit.euros()).divide(BigDecimal.valueOf(2)));
            for (Map.Entry<BudgetYear, BigDecimal> e : g.bedragen().entrySet()) {
                // a tranche's later years are figures up to the last year computed; the others within the stand's years
                if (!k.vergelijkt(e.getKey()) || e.getKey().isAfter(normering.laatsteJaar())
                        || k.tranche() == null && !bereik.apply(naar).covers(e.getKey())) {
                    continue;
                }
                BigDecimal gedrukt = scenarioUnit.fromEuro(e.getValue().multiply(unit.euros()));
                String reden = g.tolerantie() != null ? "opgegeven bij de regel" : "de tabel drukt " + unit.label() + " met "
                        + printUnit.scale() + " decimalen: een halve gedrukte eenheid";
                Stand vanStand = k.bijstelling() ? vanNu : null;
                Stand bij = g.soort() == Mutatietabel.Soort.STAND ? g.stand() : naar;
                controles.add(g.figuur().locate(() -> new Controle(k.figuur(e.getKey(), bij), vanStand, gedrukt, tol, reden,
                        bron + ", tabel '" + titel + "', regel '" + g.label() + "'")));
            }
        }
    }

    private static Tabelkoppeling k(Gelezen g, Fonds fonds) {
        return g.figuur().locate(() -> Tabelkoppeling.parse(g.figuur().asScalar().asText(), fonds,
                g.soort() == Mutatietabel.Soort.STAND));
    }

    private static Stand volgendeStand(List<Gelezen> rows, int i) {
        for (int k = i + 1; k < rows.size(); k++) {
            if (rows.get(k).soort() == Mutatietabel.Soort.STAND) {
                return rows.get(k).stand();
            }
        }
        throw rows.get(i).node().error("a mutation linked to a figure leads to a stand; the table has none after it");
    }

    private static List<Begrotingstabel.Erkend> erkend(Node n) {
        List<Begrotingstabel.Erkend> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Node e : n.asList().items()) {
            Node.Map m = e.asMap().allowOnly("regel", "jaar", "reden");
            out.add(new Begrotingstabel.Erkend(m.get("regel").asScalar().asText(), m.get("jaar").asScalar().asYear().toString(),
                    m.get("reden").asScalar().asText()));
        }
        return out;
    }
}
