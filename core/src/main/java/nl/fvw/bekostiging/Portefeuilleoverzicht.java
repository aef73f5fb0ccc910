package nl.fvw.bekostiging;

import java.util.Objects;

import nl.fvw.input.ValueText;

/**
 * A portfolio as the rules see it (the fact of the portfolio's signal rules, bekostiging.dslr): its saldo
 * against a tolerance, the share of the accres its uncompensated part takes, and whether a task of a whole
 * tier is compensated by a specifieke uitkering. Amounts and percentages come as the analyst writes them
 * ("€ 10 mln", "7,5").
 */
public final class Portefeuilleoverzicht {
    private final Portefeuille portefeuille;

    /**
     * The fact of a portfolio.
     *
     * @param portefeuille the portfolio
     */
    public Portefeuilleoverzicht(Portefeuille portefeuille) {
        this.portefeuille = Objects.requireNonNull(portefeuille, "portefeuille");
    }

    /** @return the portfolio */
    public Portefeuille getPortefeuille() {
        return portefeuille;
    }

    /**
     * @param bedrag a tolerance, such as "€ 10 mln"
     * @return the longest run of years with a saldo below −tolerance
     */
    public int jarenMetTekortBoven(String bedrag) {
        return portefeuille.jarenMetTekortBoven(ValueText.amount(bedrag));
    }

    /**
     * @param procent a share of the accres in percent
     * @return the years in which the uncompensated part of the tasks takes more than that share
     */
    public int jarenMetBeslagBoven(String procent) {
        return portefeuille.jarenMetBeslagBoven(ValueText.dutchNumber(procent).movePointLeft(2));
    }

    /** @return whether a task that the whole tier carries is compensated through a specifieke uitkering */
    public boolean isSpecifiekeUitkeringVoorHeleLaag() {
        return portefeuille.taken().stream().anyMatch(t -> t.taak().route() == Route.SPECIFIEKE_UITKERING
                && t.taak().verdeling().isEmpty());
    }

    @Override
    public String toString() {
        return "portefeuille " + portefeuille.laag().woord();
    }
}
