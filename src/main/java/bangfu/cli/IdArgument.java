package bangfu.cli;

import bangfu.model.IdNumber;
import bangfu.model.Lang;
import bangfu.model.Masks;
import bangfu.model.Message;
import bangfu.sheet.Cell;
import bangfu.validate.IdNumbers;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine;

/** A 身份证号码 typed on the command line, read with the repairs of import; a usage error when it is none. */
final class IdArgument {
    private IdArgument() {
    }

    /** The 18-character ID: full-width digits, spaces, a lower-case x and the 15-digit old form are repaired. */
    static String parse(String typed, CommandLine.Model.CommandSpec spec, Lang lang) {
        return read(typed, "dossier.bad_id", spec, lang).value();
    }

    /** The same, as the ID read, with the command's own message ({@code key}, given the masked text) when it is none. */
    static IdNumber read(String typed, String key, CommandLine.Model.CommandSpec spec, Lang lang) {
        Optional<IdNumber> parsed = IdNumbers.parse(Cell.text(typed), LocalDate.now()).value();
        if (parsed.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), Message.of(key, Masks.middle(typed)).render(lang));
        }
        return parsed.get();
    }
}
