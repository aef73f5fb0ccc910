package nl.fvw.bundeling;

import java.util.Locale;

import nl.fvw.FvwException;

/**
 * Where bundled specific grants go (Financiële-verhoudingswet art. 13, 15-17; bundeling.md):
 * the algemene uitkering, a decentralisatie-uitkering, an integratie-uitkering (joining the AU in
 * a set year), a brede doeluitkering, or a regional envelope.
 *
 * <pre>{@code
 * Doel d = Doel.parse("integratie_uitkering");   // INTEGRATIE_UITKERING
 * }</pre>
 */
public enum Doel {
    /** The algemene uitkering of the Gemeentefonds. */
    ALGEMENE_UITKERING,
    /** A decentralisatie-uitkering. */
    DECENTRALISATIE_UITKERING,
    /** An integratie-uitkering, joining the AU later. */
    INTEGRATIE_UITKERING,
    /** A brede doeluitkering. */
    BREDE_DOELUITKERING,
    /** A regional envelope. */
    ENVELOP;

    /**
     * A target by its word.
     *
     * @param text algemene_uitkering, decentralisatie_uitkering, integratie_uitkering, brede_doeluitkering or envelop
     * @return the target
     * @throws nl.fvw.FvwException naming what is known
     */
    public static Doel parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new FvwException("'" + text + "' is not a target; expected algemene_uitkering, decentralisatie_uitkering,"
                    + " integratie_uitkering, brede_doeluitkering or envelop");
        }
    }

    /**
     * The word in reports.
     *
     * @return the target in lower case, with spaces
     */
    public String woord() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
