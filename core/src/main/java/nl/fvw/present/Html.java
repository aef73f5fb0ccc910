package nl.fvw.present;

/**
 * Text placed in HTML: the reports and the financial paragraph escape every figure name, label
 * and source they write.
 *
 * <pre>{@code
 * String cel = "<td>" + Html.escape("Armoede & jeugd <illustratief>") + "</td>";
 * }</pre>
 */
public final class Html {
    private Html() {
    }

    /**
     * Escapes the characters HTML gives a meaning: {@code & < > "}.
     *
     * @param text plain text
     * @return the text as it may stand in an element or an attribute value
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
