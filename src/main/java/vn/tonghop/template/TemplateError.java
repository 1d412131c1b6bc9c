package vn.tonghop.template;

/**
 * A problem in a template file.
 *
 * @param line
 *            1-based line in the YAML text (0 if unknown)
 * @param path
 *            where in the template, e.g. {@code tables[0].columns[3].formula}; empty for the whole file
 * @param text
 *            what is wrong, for the template author, in the words of the bundle it is given
 */
public record TemplateError(String file, int line, String path, ErrorText text) {

    /** In Vietnamese (the JSON API, logs, tests). */
    public String message() {
        return text.vietnamese();
    }

    /** In the language of {@code messages} (pages). */
    public String message(TemplateErrorMessages messages) {
        return text.in(messages);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "" : file).append(':').append(line);
        if (path != null && !path.isEmpty()) {
            sb.append(" [").append(path).append(']');
        }
        return sb.append(' ').append(message()).toString();
    }
}
