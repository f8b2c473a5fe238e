package org.jobclass.backup;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;

/**
 * A backup file read one description at a time, gzipped or not, within limits: the whole document and each description
 * may not be larger than a catalog of real size could make them. Anything that is not a backup of this format, or not
 * a well-formed one, is refused with why ({@link UnreadableBackupException}), before or while its descriptions are read.
 */
final class BackupFile implements AutoCloseable {

    /** The largest document read, once unzipped: ten times a 10,000-description catalog with its history. */
    static final long MAX_DOCUMENT = 4L * 1024 * 1024 * 1024;
    /** The largest description read, with its history: hundreds of revisions of the longest description a form takes. */
    static final long MAX_DESCRIPTION = 64L * 1024 * 1024;

    /** One description as the file gives it, or null where the file has null; its place in the file from 1. */
    record Entry(int position, CatalogBackup.Description description) {
    }

    private final LimitedInput input;
    private final JsonParser parser;
    private Instant exportedAt;
    private List<CatalogBackup.Series> series = List.of();
    private int position;
    private boolean finished;

    private BackupFile(LimitedInput input, JsonParser parser) {
        this.input = input;
        this.parser = parser;
    }

    /** Opens a backup and reads up to its descriptions; refused when it is not a backup this version restores. */
    static BackupFile open(byte[] file) {
        try {
            LimitedInput input = new LimitedInput(isGzip(file) ? new GZIPInputStream(new ByteArrayInputStream(file), 65_536)
                    : new ByteArrayInputStream(file));
            BackupFile backup = new BackupFile(input, BackupJson.MAPPER.createParser(input));
            backup.readHeader();
            return backup;
        } catch (IOException | JacksonException e) {
            throw unreadable(e, 0);
        }
    }

    private static boolean isGzip(byte[] file) {
        return file.length >= 2 && (file[0] & 0xff) == 0x1f && (file[1] & 0xff) == 0x8b;
    }

    /** When the backup was taken, as it says. */
    Instant exportedAt() {
        return exportedAt;
    }

    /** The series of classes the backup holds: known once every description has been read. */
    List<CatalogBackup.Series> series() {
        return series;
    }

    /** The next descriptions, at most {@code count}; none once all have been read. */
    List<Entry> next(int count) {
        List<Entry> entries = new ArrayList<>();
        try {
            while (!finished && entries.size() < count) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    readTrailer();
                    finished = true;
                } else {
                    position++;
                    input.startPart(MAX_DESCRIPTION);
                    entries.add(new Entry(position, token == JsonToken.VALUE_NULL ? null
                            : BackupJson.MAPPER.readValue(parser, CatalogBackup.Description.class)));
                }
            }
            return entries;
        } catch (JacksonException e) {
            throw unreadable(e, position);
        }
    }

    private void readHeader() {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new UnreadableBackupException("backup.refused");
        }
        String format = null;
        Integer version = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "format" -> format = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                case "version" -> version = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
                case "exportedAt" -> exportedAt = BackupJson.MAPPER.readValue(parser, Instant.class);
                case "series" -> series = readSeries();
                case "descriptions" -> {
                    requireFormat(format, version);
                    if (value != JsonToken.START_ARRAY) {
                        throw new UnreadableBackupException("backup.refused");
                    }
                    return;
                }
                default -> parser.skipChildren();
            }
        }
        throw new UnreadableBackupException("backup.refused");
    }

    private static void requireFormat(String format, Integer version) {
        if (!CatalogBackup.FORMAT.equals(format) || version == null || version < 1) {
            throw new UnreadableBackupException("backup.refused");
        }
        if (version < CatalogBackup.VERSION) {
            throw new UnreadableBackupException("backup.refused.oldFormat", version);
        }
        if (version > CatalogBackup.VERSION) {
            throw new UnreadableBackupException("backup.refused.newerFormat", version);
        }
    }

    /** What follows the descriptions: the series, if they come last, and the end of the document. */
    private void readTrailer() {
        input.startPart(MAX_DOCUMENT);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("series")) {
                series = readSeries();
            } else {
                parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new UnreadableBackupException("backup.refused.malformed");
        }
        if (goesOnAfterTheEnd()) {
            throw new UnreadableBackupException("backup.refused.afterEnd");
        }
    }

    /** Whether anything but white space follows the backup's last brace. */
    private boolean goesOnAfterTheEnd() {
        try {
            return parser.nextToken() != null;
        } catch (StreamReadException unreadable) {
            return true;
        }
    }

    private List<CatalogBackup.Series> readSeries() {
        List<CatalogBackup.Series> read = BackupJson.MAPPER.readValue(parser, new TypeReference<List<CatalogBackup.Series>>() { });
        return read == null ? List.of() : read;
    }

    /** Why a file could not be read, for the description being read (0 for none). */
    private static UnreadableBackupException unreadable(Exception failure, int position) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableBackupException refusal) {
                return refusal;
            }
            if (cause instanceof TooLarge tooLarge) {
                return tooLarge.document ? new UnreadableBackupException("backup.refused.tooLarge")
                        : new UnreadableBackupException("backup.refused.descriptionTooLarge", position);
            }
            if (cause instanceof java.util.zip.ZipException) {
                return new UnreadableBackupException("backup.refused");
            }
            if (cause instanceof java.io.EOFException) {
                return new UnreadableBackupException("backup.refused.malformed");
            }
        }
        if (failure instanceof StreamConstraintsException) {
            return new UnreadableBackupException("backup.refused.beyondLimits");
        }
        // A value of the wrong kind, or a number beyond any the field takes.
        if ((failure instanceof DatabindException || failure instanceof InputCoercionException)
                && position > 0 && !((JacksonException) failure).getPath().isEmpty()) {
            return new UnreadableBackupException("backup.refused.wrongKind", position, pathOf((JacksonException) failure));
        }
        return position == 0 ? new UnreadableBackupException("backup.refused")
                : new UnreadableBackupException("backup.refused.malformedAt", position);
    }

    /** Where in a description a value of the wrong kind was, as in the file: "revisions[2].content.months". */
    private static String pathOf(JacksonException binding) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : binding.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex() + 1).append(']');
            }
        }
        return path.toString();
    }

    @Override
    public void close() {
        parser.close();
    }

    /** Reading past a limit: of the whole document, or of the part being read. */
    private static final class TooLarge extends IOException {

        private final boolean document;

        TooLarge(boolean document) {
            super(document ? "Document too large" : "Description too large");
            this.document = document;
        }
    }

    /** Counts what is read, and stops reading past the document's limit or the current part's. */
    private static final class LimitedInput extends FilterInputStream {

        private long read;
        private long partEnd = MAX_DOCUMENT;

        LimitedInput(InputStream in) {
            super(in);
        }

        /** The part about to be read may take this many bytes more (within what the parser has read ahead). */
        void startPart(long limit) {
            partEnd = read + limit;
        }

        @Override
        public int read() throws IOException {
            check(1);
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check(1);
            int n = super.read(buffer, offset, length);
            read += Math.max(0, n);
            return n;
        }

        private void check(long more) throws TooLarge {
            if (read + more > MAX_DOCUMENT) {
                throw new TooLarge(true);
            }
            if (read + more > partEnd) {
                throw new TooLarge(false);
            }
        }
    }
}
