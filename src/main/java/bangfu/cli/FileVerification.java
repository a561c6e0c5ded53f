package bangfu.cli;

import bangfu.load.FileReport;
import bangfu.load.NoHeaderException;
import bangfu.load.Rehearsal;
import bangfu.model.Finding;
import bangfu.model.Lang;
import bangfu.model.Mapping;
import bangfu.model.Message;
import bangfu.model.Severity;
import bangfu.sheet.AnnotatedCopy;
import bangfu.sheet.ReadOptions;
import bangfu.sheet.UnreadableFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * {@code bangfu verify FILE…}: every finding of the import path, for every sheet of every file, without
 * writing to the database. The files are imported, in order, in a transaction that is rolled back (see
 * {@link Rehearsal}), so verify and import cannot disagree.
 */
final class FileVerification {
    private final VerifyCommand command;
    private final Lang lang;
    private final List<VerifiedFile> results = new ArrayList<>();
    private boolean annotationFailed;

    private FileVerification(VerifyCommand command) {
        this.command = command;
        this.lang = command.root.language();
    }

    static int run(VerifyCommand command, Mapping mapping) {
        return new FileVerification(command).verify(mapping);
    }

    private int verify(Mapping mapping) {
        Map<Path, Path> annotated = annotationTargets();
        PrintWriter err = command.root.spec.commandLine().getErr();
        try (ProgressDisplay progress = new ProgressDisplay(command.root.progress(), lang, command.root.trace());
             Rehearsal rehearsal = Rehearsal.against(command.root.database(), mapping,
                     command.reading.options(true, LocalDate.now()), progress, Clock.systemDefaultZone())) {
            for (Path file : command.files) {
                try {
                    FileReport report = rehearsal.check(file);
                    Optional<AnnotatedCopy.Written> copy = Optional.empty();
                    Path target = annotated.get(file);
                    if (target != null) {
                        try {
                            copy = Optional.of(annotate(file, report, target));
                        } catch (UnreadableFileException e) {
                            // The findings stand; only the copy is missing, and the exit code says so.
                            err.println("bangfu: " + e.reason().render(lang));
                            annotationFailed = true;
                        }
                    }
                    results.add(new VerifiedFile(file, report, null, copy));
                } catch (UnreadableFileException | NoHeaderException e) {
                    Message reason = ErrorHandler.reason(e);
                    err.println("bangfu: " + reason.render(lang));
                    results.add(new VerifiedFile(file, null, reason, Optional.empty()));
                }
            }
        }
        PrintWriter out = command.root.spec.commandLine().getOut();
        VerificationOutput output = new VerificationOutput(lang, command.limit, command.strict, command.root.quiet);
        switch (command.format) {
            case json -> output.json(out, results);
            case csv -> output.csv(out, results);
            default -> output.text(out, results);
        }
        out.flush();
        return exitCode();
    }

    private int exitCode() {
        if (annotationFailed || results.stream().anyMatch(r -> r.failure() != null)) return ExitCode.UNUSABLE_INPUT;
        boolean problems = results.stream().anyMatch(r -> r.errors() > 0 || (command.strict && r.warnings() > 0));
        return problems ? ExitCode.DATA_PROBLEMS : ExitCode.OK;
    }

    /** Where each file's annotated copy goes; checked before any work so that a typo costs nothing. */
    private Map<Path, Path> annotationTargets() {
        Map<Path, Path> targets = new LinkedHashMap<>();
        Path out = command.annotate;
        if (out == null) return targets;
        boolean folder = Files.isDirectory(out) || command.files.size() > 1;
        if (folder && Files.isRegularFile(out)) throw usage(Message.of("verify.annotate_not_folder", out));
        Path parent = (folder ? out : out.toAbsolutePath()).toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw usage(Message.of("verify.annotate_no_folder", out, parent));
        if (!folder && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw usage(Message.of("verify.annotate_not_xlsx", out));
        }
        Set<Path> taken = new HashSet<>();
        for (Path file : command.files) {
            Path target = folder ? out.resolve(stem(file) + "-检查结果.xlsx") : out;
            // Two files of one name from different folders (each union's 花名册.xlsx) get a copy each.
            for (int n = 2; folder && !taken.add(target.toAbsolutePath().normalize()); n++) {
                target = out.resolve(stem(file) + "-检查结果-" + n + ".xlsx");
            }
            for (Path source : command.files) {
                if (target.toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize())) {
                    throw usage(Message.of("verify.annotate_is_source", target));
                }
            }
            targets.put(file, target);
        }
        if (folder) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw usage(Message.of("verify.annotate_failed", out, e.getMessage()));
            }
        }
        return targets;
    }

    private CommandLine.ParameterException usage(Message m) {
        return new CommandLine.ParameterException(command.root.spec.commandLine().getSubcommands().get("verify"),
                m.render(lang));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private AnnotatedCopy.Written annotate(Path file, FileReport report, Path target) throws UnreadableFileException {
        Map<String, Integer> headerRows = new HashMap<>();
        for (FileReport.SheetReport s : report.sheets()) headerRows.put(s.sheet(), s.headerRow());
        AnnotatedCopy.Labels labels = new AnnotatedCopy.Labels(
                List.of(FindingsOutput.label("sheet", lang), FindingsOutput.label("cell", lang),
                        FindingsOutput.label("column", lang), FindingsOutput.label("value", lang),
                        FindingsOutput.label("severity", lang), FindingsOutput.label("code", lang),
                        FindingsOutput.label("problem", lang), FindingsOutput.label("hint", lang)),
                FindingsOutput.label("error", lang), FindingsOutput.label("warning", lang),
                Message.of("verify.listing.hint").render(lang), Message.of("verify.listing.none").render(lang));
        ReadOptions options = new ReadOptions(Optional.ofNullable(command.reading.encoding));
        try {
            return AnnotatedCopy.write(file, options, report.findings(), report.unlisted(), headerRows, lang, labels, target);
        } catch (IOException e) {
            throw new UnreadableFileException(Message.of("verify.annotate_failed", target, e.getMessage()), e);
        }
    }

    /** One file's outcome: a report, or the reason it could not be read. */
    record VerifiedFile(Path path, FileReport report, Message failure, Optional<AnnotatedCopy.Written> annotated) {
        String name() {
            return report != null ? report.file() : path.getFileName().toString();
        }

        List<Finding> findings() {
            return report == null ? List.of() : report.findings();
        }

        long errors() {
            return report == null ? 0 : report.count(Severity.ERROR);
        }

        long warnings() {
            return report == null ? 0 : report.count(Severity.WARNING);
        }
    }
}
