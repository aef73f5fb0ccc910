package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import nl.fvw.FvwException;

/**
 * Two circulaires side by side: per gemeente the change of its algemene uitkering, split into the
 * effect of the volumes (the maatstaven), of the bedragen per eenheid and of the uitkeringsfactor,
 * in that order: volume = AU(V1, P0, UF0) − AU(V0, P0, UF0), bedragen = AU(V1, P1, UF0) − AU(V1, P0, UF0),
 * factor = AU(V1, P1, UF1) − AU(V1, P1, UF0). The three add up exactly to the exact change. Gemeenten
 * are followed by CBS code; a gemeente merged in between ({@link Herindelingen}) counts with the
 * gemeente it merged into (the algemene uitkering is linear in the volumes, so summing the merged
 * gemeenten' volumes is exact). A maatstaf in only one of the two counts as zero in the other.
 *
 * <pre>{@code
 * Circulairevergelijking v = Circulairevergelijking.van(mei, september, AuKeuzes.CIRCULAIRE, Herindelingen.GEEN);
 * v.verschillen().get(0).volume();   // the volume effect of the first gemeente
 * }</pre>
 *
 * @param van the earlier circulaire's verdeling
 * @param naar the later circulaire's verdeling
 * @param verschillen one per gemeente of the later circulaire
 */
public record Circulairevergelijking(Verdelingsuitkomst van, Verdelingsuitkomst naar, List<Verschil> verschillen) {
    /**
     * Copies the list.
     *
     * @param van the earlier
     * @param naar the later
     * @param verschillen the changes
     */
    public Circulairevergelijking {
        verschillen = List.copyOf(verschillen);
    }

    /**
     * One gemeente's change.
     *
     * @param gemeente the gemeente in the later circulaire
     * @param voorgangers the gemeenten of the earlier circulaire it stands for (itself, or those merged into it)
     * @param auVan the algemene uitkering before (to the cent; the sum over its voorgangers)
     * @param auNaar the algemene uitkering after (to the cent)
     * @param volume the effect of the volumes (exact)
     * @param bedragen the effect of the bedragen per eenheid (exact)
     * @param factor the effect of the uitkeringsfactor (exact)
     * @param iuDuVan the integratie- and decentralisatie-uitkeringen before
     * @param iuDuNaar the same after
     */
    public record Verschil(Gemeente gemeente, List<Gemeente> voorgangers, BigDecimal auVan, BigDecimal auNaar,
            BigDecimal volume, BigDecimal bedragen, BigDecimal factor, BigDecimal iuDuVan, BigDecimal iuDuNaar) {
        /**
         * Copies the list.
         *
         * @param gemeente the gemeente
         * @param voorgangers the earlier gemeenten
         * @param auVan the AU before
         * @param auNaar the AU after
         * @param volume the volume effect
         * @param bedragen the bedragen effect
         * @param factor the factor effect
         * @param iuDuVan IU/DU before
         * @param iuDuNaar IU/DU after
         */
        public Verschil {
            voorgangers = List.copyOf(voorgangers);
        }

        /**
         * The change of the algemene uitkering as paid (to the cent).
         *
         * @return after − before
         */
        public BigDecimal au() {
            return auNaar.subtract(auVan);
        }

        /**
         * The exact change: the sum of the three effects.
         *
         * @return volume + bedragen + factor
         */
        public BigDecimal exact() {
            return volume.add(bedragen).add(factor);
        }
    }

    /**
     * A group total, for a provincie or size class.
     *
     * @param naam the group
     * @param gemeenten how many gemeenten
     * @param inwoners their inwoners (later circulaire)
     * @param au the change of their algemene uitkering as paid
     * @param volume the volume effect (exact)
     * @param bedragen the bedragen effect (exact)
     * @param factor the factor effect (exact)
     */
    public record Groep(String naam, int gemeenten, BigDecimal inwoners, BigDecimal au, BigDecimal volume,
            BigDecimal bedragen, BigDecimal factor) {
    }

    /**
     * Compares two circulaires.
     *
     * @param van the earlier circulaire
     * @param naar the later one
     * @param keuzes the named choices (the same for both)
     * @param herindelingen the mergers between them
     * @return the change per gemeente
     * @throws FvwException naming a gemeente that disappears without a herindeling, or appears from nowhere
     */
    public static Circulairevergelijking van(Circulaire van, Circulaire naar, AuKeuzes keuzes, Herindelingen herindelingen) {
        Verdelingsuitkomst v0 = Verdeling.bereken(van, keuzes);
        Verdelingsuitkomst v1 = Verdeling.bereken(naar, keuzes);
        Map<Integer, List<Specificatie>> voor = new LinkedHashMap<>();
        for (Specificatie s : v0.specificaties()) {
            int code = s.gemeente().cbs();
            if (naar.gemeente(code) == null) {
                Herindelingen.Herindeling h = herindelingen.van(code);
                if (h == null || naar.gemeente(h.code()) == null) {
                    throw new FvwException("Gemeente " + s.gemeente().code() + " (" + s.gemeente().naam() + ") of "
                            + van.code() + " is not in " + naar.code() + " and no herindeling names it"
                            + (herindelingen.naam().isEmpty() ? "" : " in " + herindelingen.naam()));
                }
                code = h.code();
            }
            voor.computeIfAbsent(code, k -> new ArrayList<>()).add(s);
        }
        Prijzen p0 = new Prijzen(van, keuzes);
        Prijzen p1 = new Prijzen(naar, keuzes);
        List<Verschil> out = new ArrayList<>();
        for (Specificatie s1 : v1.specificaties()) {
            Gemeente g = s1.gemeente();
            List<Specificatie> eerder = voor.get(g.cbs());
            if (eerder == null) {
                throw new FvwException("Gemeente " + g.code() + " (" + g.naam() + ") of " + naar.code() + " is not in "
                        + van.code() + " and no herindeling names it as a merger");
            }
            Map<String, BigDecimal> vol0 = new HashMap<>();
            BigDecimal au0 = BigDecimal.ZERO;
            BigDecimal iu0 = BigDecimal.ZERO;
            for (Specificatie s0 : eerder) {
                volumes(van, s0.gemeente()).forEach((m, x) -> vol0.merge(m, x, BigDecimal::add));
                au0 = au0.add(s0.bedrag());
                iu0 = iu0.add(s0.iuDu());
            }
            Map<String, BigDecimal> vol1 = volumes(naar, g);
            BigDecimal uf0 = van.uitkeringsfactor();
            BigDecimal uf1 = naar.uitkeringsfactor();
            BigDecimal[] a = p0.deel(vol0);
            BigDecimal[] b = p0.deel(vol1);
            BigDecimal[] c = p1.deel(vol1);
            BigDecimal auStart = a[0].add(uf0.multiply(a[1]));
            BigDecimal auVolume = b[0].add(uf0.multiply(b[1]));
            BigDecimal auBedragen = c[0].add(uf0.multiply(c[1]));
            BigDecimal auFactor = c[0].add(uf1.multiply(c[1]));
            out.add(new Verschil(g, eerder.stream().map(Specificatie::gemeente).toList(), au0, s1.bedrag(),
                    auVolume.subtract(auStart), auBedragen.subtract(auVolume), auFactor.subtract(auBedragen), iu0, s1.iuDu()));
        }
        return new Circulairevergelijking(v0, v1, out);
    }

    private static Map<String, BigDecimal> volumes(Circulaire c, Gemeente g) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (int i = 0; i < c.maatstaven().size(); i++) {
            out.put(c.maatstaven().get(i).code(), g.volumes().get(i));
        }
        return out;
    }

    /** The bedragen per eenheid of one circulaire, as what is outside the factor and what is in the basis. */
    private static final class Prijzen {
        private final Map<String, BigDecimal> buiten = new HashMap<>();
        private final Map<String, BigDecimal> basis = new HashMap<>();

        Prijzen(Circulaire c, AuKeuzes keuzes) {
            int oem = c.clusters().indexOf(AuKeuzes.OVERIGE_EIGEN_MIDDELEN);
            for (Maatstaf m : c.maatstaven()) {
                BigDecimal x = BigDecimal.ZERO;
                BigDecimal b = BigDecimal.ZERO;
                for (int cl = 0; cl < m.bedragen().size(); cl++) {
                    boolean outside = m.soort() == Maatstaf.Soort.INKOMSTEN
                            || m.soort() == Maatstaf.Soort.VAST && !keuzes.vasteBedragenMetFactor()
                            || cl == oem && !keuzes.overigeEigenMiddelenMetFactor();
                    if (outside) {
                        x = x.add(m.bedragen().get(cl));
                    } else {
                        b = b.add(m.bedragen().get(cl));
                    }
                }
                buiten.put(m.code(), x);
                basis.put(m.code(), b);
            }
        }

        /** {outside the factor, uitkeringsbasis} for these volumes. */
        BigDecimal[] deel(Map<String, BigDecimal> volumes) {
            BigDecimal x = BigDecimal.ZERO;
            BigDecimal b = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> e : volumes.entrySet()) {
                BigDecimal px = buiten.get(e.getKey());
                if (px != null) {
                    x = x.add(e.getValue().multiply(px));
                    b = b.add(e.getValue().multiply(basis.get(e.getKey())));
                }
            }
            return new BigDecimal[] {x, b};
        }
    }

    /**
     * The changes summed per group (provincie, size class).
     *
     * @param groep the group of a gemeente
     * @return per group, in name order
     */
    public List<Groep> perGroep(Function<Gemeente, String> groep) {
        TreeMap<String, List<Verschil>> per = new TreeMap<>();
        for (Verschil v : verschillen) {
            per.computeIfAbsent(groep.apply(v.gemeente()), k -> new ArrayList<>()).add(v);
        }
        List<Groep> out = new ArrayList<>();
        per.forEach((naam, vs) -> out.add(new Groep(naam, vs.size(),
                vs.stream().map(v -> v.gemeente().inwoners()).reduce(BigDecimal.ZERO, BigDecimal::add),
                vs.stream().map(Verschil::au).reduce(BigDecimal.ZERO, BigDecimal::add),
                vs.stream().map(Verschil::volume).reduce(BigDecimal.ZERO, BigDecimal::add),
                vs.stream().map(Verschil::bedragen).reduce(BigDecimal.ZERO, BigDecimal::add),
                vs.stream().map(Verschil::factor).reduce(BigDecimal.ZERO, BigDecimal::add))));
        return out;
    }
}
