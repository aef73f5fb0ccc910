package nl.fvw.bekostiging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.money.MonetaryAmount;

import nl.fvw.money.Amounts;

/**
 * The computed task: every year, and the indicators the verdict and signal rules look at. The
 * verdict and signals themselves come from rules ({@code oordeel}, {@code signalen}).
 */
public record Taakuitkomst(Taak taak, List<Taakjaar> jaren, String oordeel, List<Signaal> signalen) {
    public Taakuitkomst {
        jaren = List.copyOf(jaren);
        signalen = List.copyOf(signalen);
    }

    /** An early-warning signal: its text, why it fired, and the rule with its source. */
    public record Signaal(String tekst, String reden, nl.fvw.explain.RuleRef regel) {
    }

    public Taakuitkomst with(String newOordeel, List<Signaal> newSignalen) {
        return new Taakuitkomst(taak, jaren, newOordeel, newSignalen);
    }

    public MonetaryAmount totaalClaim() {
        return jaren.stream().map(Taakjaar::claim).reduce(Amounts.zeroEur(), Amounts::add);
    }

    public MonetaryAmount totaalCompensatie() {
        return jaren.stream().map(Taakjaar::compensatie).reduce(Amounts.zeroEur(), Amounts::add);
    }

    public MonetaryAmount totaalGat() {
        return Amounts.subtract(totaalClaim(), totaalCompensatie());
    }

    /** The longest run of consecutive years whose gap is above {@code fractie} of the claim. */
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

    /** True when the gap rises every year over the last {@code n} years (n ≥ 2), and is positive. */
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

    /** The one-off costs that the one-off compensation leaves uncovered: Σ invoering − Σ eenmalige compensatie, at least 0. */
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
     * A figure of this task by name: "claim 2022", "gat 2022", "gat cumulatief 2022",
     * "compensatie 2022", or a tier: "gemeenten 2022".
     */
    public MonetaryAmount figuur(nl.fvw.explain.FigureName name) {
        Taakjaar j = jaren.stream().filter(x -> x.jaar().equals(name.jaar())).findFirst().orElseThrow(
                () -> new nl.fvw.FvwException("Task '" + taak.naam() + "' covers " + taak.van() + "-" + taak.tot()
                        + ", not " + name.jaar()));
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

    /** The years with their gap fraction, for reports. */
    public List<BigDecimal> gatFracties() {
        List<BigDecimal> out = new ArrayList<>();
        jaren.forEach(j -> out.add(j.gatFractie()));
        return out;
    }
}
