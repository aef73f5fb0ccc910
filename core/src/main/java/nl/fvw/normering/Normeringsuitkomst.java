package nl.fvw.normering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.fvw.FvwException;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Figuur;


/**
 * Every figure one normering computation produced: accres %, tranches, levels, kortingen,
 * afrekeningen, BCF-ruimte and the spending aggregates, each with its explanation.
 *
 * <pre>{@code
 * Normeringsuitkomst u = FvwEngine.shipped().evaluate(invoer, true).uitkomst();
 * u.figuren().forEach(f -> System.out.println(f.name() + " = " + Values.text(f)));
 * }</pre>
 */
public record Normeringsuitkomst(List<AccresPercentage> accressen, List<Tranche> tranches, List<Bedrag> bedragen,
        Besluiten besluiten) {
    private static final Comparator<Figuur> ORDER = Comparator.comparing(Figuur::name, FigureName.ORDER);

    /**
     * Sorts the figures into report order.
     *
     * @param accressen the accres %
     * @param tranches the tranches
     * @param bedragen levels, kortingen, afrekeningen, BCF and aggregates
     * @param besluiten the decisions the rules took
     */
    public Normeringsuitkomst {
        accressen = accressen.stream().sorted(ORDER).toList();
        tranches = tranches.stream().sorted(ORDER).toList();
        bedragen = bedragen.stream().sorted(ORDER).toList();
    }

    /**
     * All figures, in stand, fund, quantity and year order.
     *
     * @return every figure
     */
    public List<Figuur> figuren() {
        List<Figuur> all = new ArrayList<>(accressen);
        all.addAll(tranches);
        all.addAll(bedragen);
        all.sort(ORDER);
        return all;
    }

    /**
     * The level of a fund in a year at a stand.
     *
     * @param fonds the fund
     * @param jaar the year
     * @param stand the stand
     * @return the level with its parts
     * @throws FvwException when it was not computed
     */
    public Fondsniveau niveau(Fonds fonds, nl.fvw.time.BudgetYear jaar, nl.fvw.time.Stand stand) {
        Figuur f = figuur(new FigureName(fonds.code(), "niveau", jaar, stand));
        return (Fondsniveau) f;
    }

    /**
     * The bijstelling of a fund's level between two stands, in the begroting's shape: stand
     * {@code van} → mutations by cause (accres volume and loon- en prijsbijstelling where the
     * tranches are split, else accres; kortingen; afrekening; taakmutaties) → stand {@code naar}.
     * The causes add up to the difference exactly; printed with {@code step} so the table adds up.
     *
     * @param fonds the fund
     * @param van the earlier stand
     * @param naar the later stand
     * @param step the rounding of the printed table
     * @return the table
     * @throws FvwException when the stands are out of order or a level is missing
     */
    public nl.fvw.begroting.Mutatietabel mutatietabel(Fonds fonds, nl.fvw.time.Stand van, nl.fvw.time.Stand naar,
            nl.fvw.money.RoundingStep step) {
        if (naar.isBefore(van)) {
            throw new FvwException("Stands out of order: " + naar + " comes before " + van);
        }
        List<Fondsniveau> a = bedragen.stream().filter(b -> b instanceof Fondsniveau n && n.fonds() == fonds
                && n.stand().equals(van)).map(b -> (Fondsniveau) b).toList();
        List<Fondsniveau> b = bedragen.stream().filter(x -> x instanceof Fondsniveau n && n.fonds() == fonds
                && n.stand().equals(naar)).map(x -> (Fondsniveau) x).toList();
        if (a.isEmpty() || b.isEmpty()) {
            throw new FvwException("No levels of the " + fonds.naam() + " at " + (a.isEmpty() ? van : naar)
                    + "; a mutation table needs the level at both stands");
        }
        boolean split = a.stream().allMatch(n -> n.lpo() != null) && b.stream().allMatch(n -> n.lpo() != null);
        List<String> years = a.stream().map(n -> n.jaar().toString()).toList();
        java.util.function.BiFunction<String, java.util.function.Function<Fondsniveau, javax.money.MonetaryAmount>,
                nl.fvw.begroting.Mutatietabel.Rij> delta = (label, part) -> new nl.fvw.begroting.Mutatietabel.Rij(label,
                        nl.fvw.begroting.Mutatietabel.Soort.MUTATIE, java.util.stream.IntStream.range(0, a.size())
                                .mapToObj(i -> nl.fvw.money.Amounts.value(nl.fvw.money.Amounts.subtract(part.apply(b.get(i)),
                                        part.apply(a.get(i))))).toList());
        List<nl.fvw.begroting.Mutatietabel.Rij> rows = new ArrayList<>();
        rows.add(new nl.fvw.begroting.Mutatietabel.Rij("Stand " + van, nl.fvw.begroting.Mutatietabel.Soort.STAND,
                a.stream().map(n -> nl.fvw.money.Amounts.value(n.bedrag())).toList()));
        if (split) {
            rows.add(delta.apply("Accres: volume", Fondsniveau::volume));
            rows.add(delta.apply("Accres: loon- en prijsbijstelling", Fondsniveau::lpo));
        } else {
            rows.add(delta.apply("Accres", Fondsniveau::tranches));
        }
        rows.add(delta.apply("Kortingen", n -> nl.fvw.money.Amounts.negate(n.kortingen())));
        rows.add(delta.apply("Afrekening", Fondsniveau::afrekening));
        rows.add(delta.apply("BCF", Fondsniveau::bcf));
        rows.add(delta.apply("Taakmutaties", Fondsniveau::taakmutaties));
        rows.add(delta.apply("Basis", Fondsniveau::basis));
        rows.add(new nl.fvw.begroting.Mutatietabel.Rij("Stand " + naar, nl.fvw.begroting.Mutatietabel.Soort.STAND,
                b.stream().map(n -> nl.fvw.money.Amounts.value(n.bedrag())).toList()));
        return nl.fvw.begroting.Mutatietabel.fromExact(fonds.naam() + ": van stand " + van + " naar stand " + naar, years,
                rows, step);
    }

    /**
     * The figure named {@code name}.
     *
     * @param name the name, as {@link FigureName#parse} reads it
     * @return the figure
     * @throws FvwException listing similar figures when there is none, or several
     */
    public Figuur figuur(FigureName name) {
        List<Figuur> hits = figuren().stream().filter(f -> f.name().matches(name)).toList();
        if (hits.size() == 1) {
            return hits.get(0);
        }
        if (hits.isEmpty()) {
            List<String> similar = figuren().stream().filter(f -> f.name().grootheid().equals(name.grootheid()))
                    .map(f -> f.name().toString()).limit(12).toList();
            throw new FvwException("No figure '" + name + "'" + (similar.isEmpty()
                    ? "; quantities computed: " + figuren().stream().map(f -> f.name().grootheid()).distinct().toList()
                    : "; known: " + similar + (similar.size() == 12 ? " …" : "")));
        }
        throw new FvwException("'" + name + "' names " + hits.size() + " figures; add the fund or the stand: "
                + hits.stream().map(f -> f.name().toString()).limit(12).toList());
    }
}
