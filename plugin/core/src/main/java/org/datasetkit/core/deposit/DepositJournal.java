package org.datasetkit.core.deposit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a deposit has done so far, kept in {@code target/dataset/deposit-<target>.journal} so that a run stopped by a
 * crash, a timeout or Ctrl-C continues where it stopped: one JSON line per step (the record created, each file the
 * service confirmed with the right checksum), appended with an unbuffered write as the step is confirmed, so a killed
 * process loses at most the line it was writing (a torn last line is ignored). It holds names, sizes, checksums and
 * record ids; never a credential. A journal of another destination is set aside as {@code .previous}.
 */
final class DepositJournal implements AutoCloseable {

    private static final String FORMAT = "datasetkit-deposit/1";

    private final Path path;
    private final FileChannel channel;
    private final Map<String, String> confirmed;
    private Optional<String> record;
    private Optional<String> published = Optional.empty();

    private DepositJournal(Path path, FileChannel channel, Map<String, String> confirmed, Optional<String> record) {
        this.path = path;
        this.channel = channel;
        this.confirmed = confirmed;
        this.record = record;
    }

    static Path pathFor(Path workDirectory, DepositTarget target) {
        return workDirectory.resolve("deposit-" + target.id() + ".journal");
    }

    /** The journal of this destination, continued; or a new one. */
    static DepositJournal open(Path workDirectory, Destination destination) throws IOException {
        Path path = pathFor(workDirectory, destination.target());
        Files.createDirectories(workDirectory);
        ObjectNode header = header(destination);
        Map<String, String> confirmed = new HashMap<>();
        Optional<String> record = Optional.empty();
        Optional<String> published = Optional.empty();
        if (Files.isRegularFile(path)) {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !header.equals(parse(lines.get(0)))) {
                Files.move(path, path.resolveSibling(path.getFileName() + ".previous"), StandardCopyOption.REPLACE_EXISTING);
            } else {
                for (String line : lines.subList(1, lines.size())) {
                    JsonNode step = parse(line);
                    if (step.has("record")) {
                        record = Optional.of(step.get("record").asString());
                        published = Optional.empty();
                        confirmed.clear(); // a new record holds none of the files of the one before
                    } else if (step.has("published")) {
                        published = Optional.of(step.get("published").asString());
                    } else if (step.has("unconfirmed")) {
                        confirmed.remove(step.get("unconfirmed").asString());
                    } else if (step.has("confirmed")) {
                        confirmed.put(step.get("confirmed").asString(), step.path("checksum").asString(""));
                    }
                }
            }
        }
        boolean fresh = !Files.isRegularFile(path);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        DepositJournal journal = new DepositJournal(path, channel, confirmed, record);
        journal.published = published;
        if (fresh) {
            journal.append(header);
        } else if (channel.size() > 0 && !endsWithNewline(path)) {
            journal.appendRaw("\n"); // after a torn line: start the next step on a line of its own
        }
        return journal;
    }

    Path path() {
        return path;
    }

    /** The record or draft this deposit created or chose, if it got that far. */
    Optional<String> record() {
        return record;
    }

    /** Whether the service already confirmed this file, with this checksum. */
    boolean isConfirmed(DepositFile file) {
        return file.checksum().equals(confirmed.get(file.name()));
    }

    int confirmedCount() {
        return confirmed.size();
    }

    /** The record this journal's deposit published, if it did: "10.5281/zenodo.123". */
    Optional<String> published() {
        return published;
    }

    void recordIs(String id) throws IOException {
        record = Optional.of(id);
        published = Optional.empty();
        confirmed.clear();
        append(ServiceResponse.mapper().createObjectNode().put("record", id));
    }

    void confirm(DepositFile file) throws IOException {
        confirmed.put(file.name(), file.checksum());
        append(ServiceResponse.mapper().createObjectNode().put("confirmed", file.name()).put("size", file.size())
                .put("checksum", file.checksum()));
    }

    /** Forgets a file the service no longer holds as confirmed (a changed bundle, a deleted draft file). */
    void unconfirm(DepositFile file) throws IOException {
        if (confirmed.remove(file.name()) != null) {
            append(ServiceResponse.mapper().createObjectNode().put("unconfirmed", file.name()));
        }
    }

    void published(String what) throws IOException {
        published = Optional.of(what);
        append(ServiceResponse.mapper().createObjectNode().put("published", what));
    }

    private static ObjectNode header(Destination d) {
        ObjectNode h = ServiceResponse.mapper().createObjectNode().put("journal", FORMAT).put("target", d.target().id())
                .put("service", d.service().toString());
        d.record().ifPresent(r -> h.put("destinationRecord", r));
        d.version().ifPresent(v -> h.put("destinationVersion", v));
        d.collection().ifPresent(c -> h.put("collection", c));
        return h;
    }

    private static JsonNode parse(String line) {
        try {
            return ServiceResponse.mapper().readTree(line);
        } catch (RuntimeException e) {
            return ServiceResponse.mapper().createObjectNode(); // a line torn by a kill
        }
    }

    private static boolean endsWithNewline(Path path) throws IOException {
        try (FileChannel c = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            c.read(last, c.size() - 1);
            return last.get(0) == '\n';
        }
    }

    private void append(JsonNode step) throws IOException {
        appendRaw(ServiceResponse.mapper().writeValueAsString(step) + "\n");
    }

    private void appendRaw(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
