package nl.fvw.present;

/**
 * The small Markdown of fvw's paragraphs (headings "## ", tables, lists "- ", bold "**…**") as HTML
 * elements, to place in a larger document.
 */
final class MarkdownHtml {
    private MarkdownHtml() {
    }

    /**
     * The HTML of a paragraph.
     *
     * @param md the Markdown
     * @return the HTML, without document, head or body
     */
    static String fragment(String md) {
        StringBuilder sb = new StringBuilder();
        boolean inTable = false;
        boolean inList = false;
        for (String line : md.split("\n")) {
            if (line.startsWith("|")) {
                if (line.contains("---")) {
                    continue;
                }
                if (!inTable) {
                    sb.append("<table>\n");
                    inTable = true;
                }
                sb.append("<tr>");
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                for (String c : cells) {
                    sb.append("<td>").append(inline(c.strip())).append("</td>");
                }
                sb.append("</tr>\n");
                continue;
            }
            if (inTable) {
                sb.append("</table>\n");
                inTable = false;
            }
            if (line.startsWith("- ")) {
                if (!inList) {
                    sb.append("<ul>\n");
                    inList = true;
                }
                sb.append("<li>").append(inline(line.substring(2))).append("</li>\n");
                continue;
            }
            if (inList) {
                sb.append("</ul>\n");
                inList = false;
            }
            if (line.startsWith("## ")) {
                sb.append("<h2>").append(Html.escape(line.substring(3))).append("</h2>\n");
            } else if (!line.isBlank()) {
                sb.append("<p>").append(inline(line)).append("</p>\n");
            }
        }
        if (inTable) {
            sb.append("</table>\n");
        }
        if (inList) {
            sb.append("</ul>\n");
        }
        return sb.toString();
    }

    private static String inline(String s) {
        return Html.escape(s).replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
    }
}
