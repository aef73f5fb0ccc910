package nl.fvw.bundeling;

import java.util.Locale;

import nl.fvw.FvwException;

/**
 * Where bundled specific grants go (Financiële-verhoudingswet art. 13, 15-17; bundeling.md):
 * the algemene uitkering, a decentralisatie-uitkering, an integratie-uitkering (joining the AU in
 * a set year), a brede doeluitkering, or a regional envelope.
 */
public enum Doel {
    ALGEMENE_UITKERING, DECENTRALISATIE_UITKERING, INTEGRATIE_UITKERING, BREDE_DOELUITKERING, ENVELOP;

    public static Doel parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new FvwException("'" + text + "' is not a target; expected algemene_uitkering, decentralisatie_uitkering,"
                    + " integratie_uitkering, brede_doeluitkering or envelop");
        }
    }

    public String woord() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
