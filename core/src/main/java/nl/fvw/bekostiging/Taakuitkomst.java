package nl.fvw.bekostiging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.money.MonetaryAmount;

import nl.fvw.money.Amounts;

/**
 * The computed task: every year, and the indicators the verdict and signal rules look at. The
 * verdict and signals themselves come from rules ({@code oordeel}, {@code signalen}).
 *
 * <pre>{@code
 * Taakuitkomst u = FvwEngine.shipped().beoordeel(taak, true);
 * System.out.println(u.oordeel() + ", gat " + Value.mln(u.totaalGat()));
 * u.signalen().forEach(s -> System.out.println(s.tekst() + " (" + s.regel().id() + ")"));
 * }</pre>
 */
public record Taakuitkomst(Taak taak, List<Taakjaar> jaren, Oordeel oordeel, List<Signaal> signalen,
        List<Signalering.Toets> signalering, nl.fvw.explain.Provenance provenance) {
    /**
     * Checks the components.
     *
     * @param taak the task
     * @param jaren the computation per year
     * @param oordeel the verdict with its rule, or null before the rules gave it
     * @param signalen the early-warning signals
     * @param signalering each step of the signalering after the signal, judged against its term (empty without one)
     * @param provenance the fvw version and the hashes of the rules that gave the verdict
     */
    public Taakuitkomst {
        jaren = List.copyOf(jaren);
        signalen = List.copyOf(signalen);
        signalering = List.copyOf(signalering);
        java.util.Objects.requireNonNull(provenance, "provenance");
    }

    /** An early-warning signal: its text, why it fired, and the rule with its source. */
    public record Signaal(String tekst, String reden, nl.fvw.explain.RuleRef regel) {
    }

    /**
     * The same outcome with the verdict and signals the rules gave.
     *
     * @param newOordeel the verdict
     * @param newSignalen the signals
     * @param newSignalering the steps of the signalering judged
     * @param newProvenance the provenance of the rules
     * @return the completed outcome
     */
    public Taakuitkomst with(Oordeel newOordeel, List<Signaal> newSignalen, List<Signalering.Toets> newSignalering,
            nl.fvw.explain.Provenance newProvenance) {
        return new Taakuitkomst(taak, jaren, newOordeel, newSignalen, newSignalering, newProvenance);
    }

    /**
     * The claim over all years.
     *
     * @return Σ claim
     */
    public MonetaryAmount totaalClaim() {
        return jaren.stream().map(Taakjaar::claim).reduce(Amounts.zeroEur(), Amounts::add);
    }

    /**
     * The compensation over all years.
     *
     * @return Σ compensatie
     */
    public MonetaryAmount totaalCompensatie() {
        return jaren.stream().map(Taakjaar::compensatie).reduce(Amounts.zeroEur(), Amounts::add);
    }

    /**
     * The gap over all years.
     *
     * @return Σ (claim − compensatie)
     */
    public MonetaryAmount totaalGat() {
        return Amounts.subtract(totaalClaim(), totaalCompensatie());
    }

    /**
     * The longest run of consecutive years whose gap is above {@code fractie} of the claim.
     *
     * @param fractie a fraction of the claim (0.05 is 5 %)
     * @return the number of years
     */
    public int jarenMetTekortBoven(BigDecimal fractie) {
        int best = 0;
        int run = 0;
        for (Taakjaar j : jaren) {
            boolean above = j.gatFractie() != null && j.gatFractie().compareTo(fractie) > 0;
            run = above ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /**
     * The longest run of consecutive years whose structural gap is above {@code fractie} of the
     * structural costs: the claim without its invoeringskosten, less the compensation without its
     * one-off part. One-off costs never make a structural gap (artikel 2 Fvw separates them).
     *
     * @param fractie a fraction of the structural costs (0.05 is 5 %)
     * @return the number of years
     */
    public int jarenMetStructureelTekortBoven(BigDecimal fractie) {
        int best = 0;
        int run = 0;
        for (Taakjaar j : jaren) {
            BigDecimal kosten = nl.fvw.money.Amounts.value(j.claim()).subtract(nl.fvw.money.Amounts.value(
                    j.kosten().getOrDefault(Kostensoort.INVOERING, nl.fvw.money.Amounts.zeroEur())));
            BigDecimal compensatie = nl.fvw.money.Amounts.value(j.compensatie()).subtract(nl.fvw.money.Amounts.value(
                    taak.compensatieEenmalig().getOrDefault(j.jaar(), nl.fvw.money.Amounts.zeroEur())));
            boolean above = kosten.signum() > 0 && kosten.subtract(compensatie).compareTo(kosten.multiply(fractie)) > 0;
            run = above ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /**
     * Whether the gap rises every year over the last {@code n} years (n ≥ 2), and is positive.
     *
     * @param n the number of years
     * @return true when it grows
     */
    public boolean tekortGroeit(int n) {
        if (jaren.size() < n) {
            return false;
        }
        List<Taakjaar> last = jaren.subList(jaren.size() - n, jaren.size());
        for (int i = 1; i < last.size(); i++) {
            if (Amounts.compare(last.get(i).gat(), last.get(i - 1).gat()) <= 0) {
                return false;
            }
        }
        return Amounts.value(last.get(last.size() - 1).gat()).signum() > 0;
    }

    /**
     * The one-off costs that the one-off compensation leaves uncovered.
     *
     * @return Σ invoering − Σ eenmalige compensatie, at least 0
     */
    public MonetaryAmount invoeringNietGecompenseerd() {
        MonetaryAmount costs = Amounts.zeroEur();
        for (Taakjaar j : jaren) {
            costs = Amounts.add(costs, j.kosten().getOrDefault(Kostensoort.INVOERING, Amounts.zeroEur()));
        }
        MonetaryAmount paid = taak.compensatieEenmalig().values().stream().reduce(Amounts.zeroEur(), Amounts::add);
        MonetaryAmount open = Amounts.subtract(costs, paid);
        return Amounts.value(open).signum() > 0 ? open : Amounts.zeroEur();
    }

    /**
     * One year of the task.
     *
     * @param y the year
     * @return the year's cost, compensation and gap
     * @throws nl.fvw.FvwException when the task does not cover it
     */
    public Taakjaar jaar(nl.fvw.time.BudgetYear y) {
        return jaren.stream().filter(x -> x.jaar().equals(y)).findFirst().orElseThrow(
                () -> new nl.fvw.FvwException("Task '" + taak.naam() + "' covers " + taak.van() + "-" + taak.tot()
                        + ", not " + y));
    }

    /**
     * A figure of this task by name: "claim 2022", "gat 2022", "gat cumulatief 2022",
     * "compensatie 2022", or a tier: "gemeenten 2022".
     *
     * @param name the figure's name
     * @return the amount
     * @throws nl.fvw.FvwException when the year or the quantity is not the task's
     */
    public MonetaryAmount figuur(nl.fvw.explain.FigureName name) {
        Taakjaar j = jaar(name.jaar());
        return switch (name.grootheid()) {
            case "claim" -> j.claim();
            case "gat" -> j.gat();
            case "gat cumulatief" -> j.gatCumulatief();
            case "compensatie" -> j.compensatie();
            case "gemeenten", "provincies", "waterschappen" -> {
                MonetaryAmount a = j.perLaag().get(Bestuurslaag.parse(name.grootheid()));
                if (a == null) {
                    throw new nl.fvw.FvwException("Task '" + taak.naam() + "' gives the " + name.grootheid() + " no share");
                }
                yield a;
            }
            default -> throw new nl.fvw.FvwException("'" + name.grootheid() + "' is not a figure of a task; expected claim,"
                    + " gat, gat cumulatief, compensatie, gemeenten, provincies or waterschappen");
        };
    }

    /**
     * The gap as a fraction of the claim, per year, for reports.
     *
     * @return the fractions (null where the claim is zero)
     */
    public List<BigDecimal> gatFracties() {
        List<BigDecimal> out = new ArrayList<>();
        jaren.forEach(j -> out.add(j.gatFractie()));
        return out;
    }
}
