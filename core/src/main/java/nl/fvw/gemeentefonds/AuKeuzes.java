package nl.fvw.gemeentefonds;

/**
 * Two named choices of the algemene uitkering that the circulaire's data does not settle by itself
 * (algemene-uitkering.md): whether the uitkeringsfactor applies to the vaste bedragen, and whether it
 * applies to the cluster Overige eigen middelen (a negative bedrag per inwoner). Each explanation
 * shows both with their source.
 *
 * @param vasteBedragenMetFactor true: the vaste bedragen are part of the uitkeringsbasis (× UF)
 * @param overigeEigenMiddelenMetFactor true: the cluster Overige eigen middelen is part of the uitkeringsbasis (× UF)
 */
public record AuKeuzes(boolean vasteBedragenMetFactor, boolean overigeEigenMiddelenMetFactor) {
    /** The cluster of the negative bedrag per inwoner for other own income. */
    public static final String OVERIGE_EIGEN_MIDDELEN = "Overige eigen middelen";

    /**
     * The circulaire's own reading: the vaste bedragen and the Overige eigen middelen are bedragen per
     * eenheid of a maatstaf (vast bedrag: one per gemeente; inwoners) and so part of the uitkeringsbasis;
     * only the inkomstenmaatstaven (WOZ-waarde × rekentarief) are outside the factor.
     */
    public static final AuKeuzes CIRCULAIRE = new AuKeuzes(true, true);

    /**
     * The choice on the vaste bedragen, in words, with its source.
     *
     * @return such as "vaste bedragen: met uitkeringsfactor (…)"
     */
    public String vasteBedragen() {
        return "vaste bedragen " + (vasteBedragenMetFactor ? "met" : "zonder") + " uitkeringsfactor ("
                + (vasteBedragenMetFactor ? "onderdeel B" : "buiten de factor, als onderdeel A")
                + "; Fvw art. 12 en Bfv 2023: het vaste bedrag is een maatstaf met een bedrag per eenheid, de circulaire"
                + " rekent het tot de uitkeringsbasis)";
    }

    /**
     * The choice on the Overige eigen middelen, in words, with its source.
     *
     * @return such as "overige eigen middelen: met uitkeringsfactor (…)"
     */
    public String overigeEigenMiddelen() {
        return "overige eigen middelen " + (overigeEigenMiddelenMetFactor ? "met" : "zonder") + " uitkeringsfactor ("
                + (overigeEigenMiddelenMetFactor ? "onderdeel B" : "buiten de factor, als onderdeel A")
                + "; Bfv 2023: de verevening van overige eigen middelen is een negatief bedrag per inwoner in een cluster"
                + " van de uitkeringsbasis, geen inkomstenmaatstaf met een rekentarief)";
    }
}
