package nl.fvw.scenario;

import nl.fvw.input.Node;
import nl.fvw.money.AmountUnit;
import nl.fvw.normering.BcfInvoer;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Fondsinvoer;
import nl.fvw.normering.Niveaubasis;
import nl.fvw.normering.Trancheprofielen;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/** A fund under {@code fondsen} and the {@code bcf} section of a scenario (docs/scenario.md). */
final class FondsReader {
    private FondsReader() {
    }

    static Fondsinvoer fonds(String key, Node node, AmountUnit unit) {
        Fonds fonds = node.locate(() -> Fonds.parse(key));
        Node.Map m = node.asMap().allowOnly("bron", "grondslag", "grondslag_opbouw", "niveau_basis", "taakmutaties",
                "tranches_gepubliceerd", "tranchebijstellingen_gepubliceerd", "bcf_ruimte_gepubliceerd");
        Fondsinvoer.Builder f = Fondsinvoer.builder(fonds, m.get("bron").asScalar().asText());
        if (m.opt("grondslag") != null) {
            f.grondslag(Reeksen.standSeries(m.get("grondslag"), unit));
        }
        if (m.opt("grondslag_opbouw") != null) {
            if (m.opt("grondslag") != null) {
                throw m.get("grondslag_opbouw").error("give either 'grondslag' or 'grondslag_opbouw', not both");
            }
            Node.Map o = m.get("grondslag_opbouw").asMap().allowOnly("jaar", "bedrag", "mutaties");
            f.grondslagOpbouw(o.get("jaar").asScalar().asYear(), o.get("bedrag").asScalar().asAmount(unit),
                    o.opt("mutaties") == null ? null : Reeksen.series(o.get("mutaties"), unit));
        }
        if (m.opt("niveau_basis") != null) {
            YearSeries taak = m.opt("taakmutaties") == null ? null : Reeksen.series(m.get("taakmutaties"), unit);
            Node basis = m.get("niveau_basis");
            if (basis instanceof Node.Map perStand) {
                f.niveau(niveaubasis(perStand, unit), taak);
            } else {
                f.niveau(basis.asScalar().asAmount(unit), taak);
            }
        } else if (m.opt("taakmutaties") != null) {
            throw m.get("taakmutaties").error("taakmutaties need 'niveau_basis': they are part of the level");
        }
        Trancheprofielen profielen = Trancheprofielen.empty();
        if (m.opt("tranches_gepubliceerd") != null) {
            Reeksen.Gedrukt g = Reeksen.tranches(m.get("tranches_gepubliceerd"), unit, Trancheprofielen.Soort.TRANCHE,
                    profielen);
            f.gepubliceerdeTranches(g.bedragen());
            profielen = g.profielen();
        }
        Node bijstellingen = m.opt("tranchebijstellingen_gepubliceerd");
        if (bijstellingen != null) {
            if (m.opt("tranches_gepubliceerd") == null) {
                throw bijstellingen.error("bijstellingen change published tranches; give 'tranches_gepubliceerd' too");
            }
            Reeksen.Gedrukt g = Reeksen.tranches(bijstellingen, unit, Trancheprofielen.Soort.BIJSTELLING, profielen);
            f.trancheBijstellingen(g.bedragen());
            profielen = g.profielen();
        }
        if (!profielen.isEmpty()) {
            f.profielen(profielen);
        }
        if (m.opt("bcf_ruimte_gepubliceerd") != null) {
            f.bcfRuimte(Reeksen.standSeries(m.get("bcf_ruimte_gepubliceerd"), unit));
        }
        return (bijstellingen != null ? bijstellingen : m).locate(f::build);
    }

    /** {stand: amount for every year, or {year: amount}}: the level without tranches as known at each stand. */
    private static Niveaubasis niveaubasis(Node.Map perStand, AmountUnit unit) {
        if (perStand.keys().isEmpty()) {
            throw perStand.error("no stands; expected an amount, or per stand an amount or {year: amount}");
        }
        Niveaubasis b = Niveaubasis.empty();
        for (java.util.Map.Entry<String, Node> e : perStand.entries().entrySet()) {
            Stand stand = Reeksen.standKey(e.getKey(), e.getValue());
            b = e.getValue() instanceof Node.Map ? b.with(stand, Reeksen.series(e.getValue(), unit))
                    : b.with(stand, e.getValue().asScalar().asAmount(unit));
        }
        return b;
    }

    static BcfInvoer bcf(Node node, AmountUnit unit) {
        Node.Map m = node.asMap().allowOnly("bron", "basisjaar", "plafond", "taakmutaties", "declaraties_gemeenten",
                "declaraties_provincies", "plafond_maatstaf");
        BcfInvoer.PlafondMaatstaf maatstaf = BcfInvoer.PlafondMaatstaf.GEWOGEN;
        if (m.opt("plafond_maatstaf") != null) {
            Node.Scalar v = m.get("plafond_maatstaf").asScalar();
            maatstaf = switch (v.asText()) {
                case "gewogen" -> BcfInvoer.PlafondMaatstaf.GEWOGEN;
                case "GF" -> BcfInvoer.PlafondMaatstaf.GF;
                case "PF" -> BcfInvoer.PlafondMaatstaf.PF;
                default -> throw v.error("'" + v.text() + "' is not a plafond maatstaf; expected gewogen, GF or PF");
            };
        }
        return new BcfInvoer(m.get("basisjaar").asScalar().asYear(), m.get("plafond").asScalar().asAmount(unit),
                m.opt("taakmutaties") == null ? null : Reeksen.series(m.get("taakmutaties"), unit),
                Reeksen.standSeries(m.get("declaraties_gemeenten"), unit),
                Reeksen.standSeries(m.get("declaraties_provincies"), unit), maatstaf, m.get("bron").asScalar().asText());
    }
}
