package nl.fvw.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

/** Laws of the task arithmetic (bekostiging.md). */
class TaakberekeningProperties {
    private static Taak taak(BigDecimal volume, BigDecimal prijs, BigDecimal index, BigDecimal gem, BigDecimal comp) {
        Kostencomponent c = new Kostencomponent("c", Kostensoort.STRUCTUREEL, new Kostencomponent.VolumeMaalPrijs(
                TaakFixture.years(2024, volume.toPlainString(), volume.toPlainString()), Amounts.eur(prijs)), "t");
        Indexreeks idx = new Indexreeks("i", "t", new TreeMap<>(Map.of(BudgetYear.of(2025), index)));
        return new Taak("t", "t", BudgetYear.of(2024), BudgetYear.of(2024), BudgetYear.of(2025), List.of(c), idx,
                Map.of(Bestuurslaag.GEMEENTEN, gem, Bestuurslaag.WATERSCHAPPEN, BigDecimal.ONE.subtract(gem)), Map.of(),
                TaakFixture.mln(2024, comp.toPlainString(), comp.toPlainString()), new TreeMap<>(), Route.ALGEMENE_UITKERING,
                List.of());
    }

    @Property(tries = 2_000)
    void costIsLinearInVolumeAndZeroIndexLeavesRealEqualToNominal(
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(0) BigDecimal volume,
            @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal prijs,
            @ForAll @IntRange(min = 1, max = 9) int k) {
        Taakuitkomst one = Taakberekening.bereken(taak(volume, prijs, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO), false);
        Taakuitkomst many = Taakberekening.bereken(taak(volume.multiply(BigDecimal.valueOf(k)), prijs, BigDecimal.ZERO,
                BigDecimal.ONE, BigDecimal.ZERO), false);
        BigDecimal real = volume.multiply(prijs);
        assertThat(Amounts.value(one.jaren().get(1).claim())).isEqualByComparingTo(real);
        assertThat(Amounts.value(many.jaren().get(1).claim())).isEqualByComparingTo(real.multiply(BigDecimal.valueOf(k)));
    }

    @Property(tries = 2_000)
    void splitsSumToTheClaimAndTheGapIsClaimMinusCompensation(
            @ForAll @BigRange(min = "0", max = "100000") @Scale(0) BigDecimal volume,
            @ForAll @BigRange(min = "0.01", max = "10000") @Scale(2) BigDecimal prijs,
            @ForAll @BigRange(min = "-0.05", max = "0.15") @Scale(4) BigDecimal index,
            @ForAll @BigRange(min = "0", max = "1") @Scale(3) BigDecimal gem,
            @ForAll @BigRange(min = "0", max = "900") @Scale(1) BigDecimal comp) {
        Taakuitkomst u = Taakberekening.bereken(taak(volume, prijs, index, gem, comp), false);
        for (Taakjaar j : u.jaren()) {
            BigDecimal sum = j.perLaag().values().stream().map(Amounts::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(Amounts.value(j.claim()));
            assertThat(Amounts.value(j.gat())).isEqualByComparingTo(Amounts.value(j.claim()).subtract(Amounts.value(j.compensatie())));
        }
    }
}
