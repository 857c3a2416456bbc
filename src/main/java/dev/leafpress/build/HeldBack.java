package dev.leafpress.build;

/**
 * How many entries a build left out, and why.
 *
 * @param drafts    posts and pages marked {@code draft: true}, without {@code --drafts}
 * @param scheduled posts dated after the build's moment, without {@code --future}
 */
public record HeldBack(int drafts, int scheduled) {

    public static final HeldBack NONE = new HeldBack(0, 0);

    /** " (1 draft and 2 scheduled posts held back; --drafts/--future show them)", or "" for none. */
    public String note() {
        if (drafts == 0 && scheduled == 0) {
            return "";
        }
        String draftText = drafts + " draft" + (drafts == 1 ? "" : "s");
        String scheduledText = scheduled + " scheduled post" + (scheduled == 1 ? "" : "s");
        if (scheduled == 0) {
            return " (" + draftText + " held back; --drafts shows them)";
        }
        if (drafts == 0) {
            return " (" + scheduledText + " held back; --future shows them)";
        }
        return " (" + draftText + " and " + scheduledText + " held back; --drafts/--future show them)";
    }
}
