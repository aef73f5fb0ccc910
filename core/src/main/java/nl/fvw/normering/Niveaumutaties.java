package nl.fvw.normering;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.begroting.Mutatietabel;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.time.Stand;

/**
 * The bijstelling of a fund's level between two stands in the begroting's shape: stand
 * {@code van} → mutations by cause (accres volume and loon- en prijsbijstelling where the tranches
 * are split, else accres; kortingen; afrekening; BCF; taakmutaties) → stand {@code naar}.
 *
 * <pre>{@code
 * Mutatietabel t = Niveaumutaties.tabel(uitkomst, Fonds.PROVINCIEFONDS, Stand.parse("Miljoenennota 2019"),
 *         Stand.parse("FJR 2018"), RoundingStep.MLN);
 * }</pre>
 */
public final class Niveaumutaties {
    private Niveaumutaties() {
    }

    /**
     * The table; the causes add up to the difference exactly, printed with {@code step} so the table adds up.
     *
     * @param u the computed figures
     * @param fonds the fund
     * @param van the earlier stand
     * @param naar the later stand
     * @param step the rounding of the printed table
     * @return the table
     * @throws FvwException when the stands are out of order or a level is missing
     */
    public static Mutatietabel tabel(Normeringsuitkomst u, Fonds fonds, Stand van, Stand naar, RoundingStep step) {
        if (naar.isBefore(van)) {
            throw new FvwException("Stands out of order: " + naar + " comes before " + van);
        }
        List<Fondsniveau> a = u.niveaus(fonds, van);
        List<Fondsniveau> b = u.niveaus(fonds, naar);
        if (a.isEmpty() || b.isEmpty()) {
            throw new FvwException("No levels of the " + fonds.naam() + " at " + (a.isEmpty() ? van : naar)
                    + "; a mutation table needs the level at both stands");
        }
        boolean split = a.stream().allMatch(n -> n.prijs() != null) && b.stream().allMatch(n -> n.prijs() != null);
        List<String> years = a.stream().map(n -> n.jaar().toString()).toList();
        BiFunction<String, Function<Fondsniveau, MonetaryAmount>, Mutatietabel.Rij> delta = (label, part) ->
                new Mutatietabel.Rij(label, Mutatietabel.Soort.MUTATIE, IntStream.range(0, a.size())
                        .mapToObj(i -> Amounts.value(Amounts.subtract(part.apply(b.get(i)), part.apply(a.get(i))))).toList());
        List<Mutatietabel.Rij> rows = new ArrayList<>();
        rows.add(new Mutatietabel.Rij("Stand " + van, Mutatietabel.Soort.STAND,
                a.stream().map(n -> Amounts.value(n.bedrag())).toList()));
        if (split) {
            rows.add(delta.apply("Accres: volume", Fondsniveau::volume));
            rows.add(delta.apply("Accres: loon- en prijsbijstelling", Fondsniveau::prijs));
        } else {
            rows.add(delta.apply("Accres", Fondsniveau::tranches));
        }
        rows.add(delta.apply("Kortingen", n -> Amounts.negate(n.kortingen())));
        rows.add(delta.apply("Afrekening", Fondsniveau::afrekening));
        rows.add(delta.apply("BCF", Fondsniveau::bcf));
        rows.add(delta.apply("Taakmutaties", Fondsniveau::taakmutaties));
        rows.add(delta.apply("Basis", Fondsniveau::basis));
        rows.add(new Mutatietabel.Rij("Stand " + naar, Mutatietabel.Soort.STAND,
                b.stream().map(n -> Amounts.value(n.bedrag())).toList()));
        return Mutatietabel.fromExact(fonds.naam() + ": van stand " + van + " naar stand " + naar, years, rows, step);
    }
}
