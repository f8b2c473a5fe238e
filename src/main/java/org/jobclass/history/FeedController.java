package org.jobclass.history;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jobclass.catalog.CatalogService;
import org.jobclass.catalog.CatalogState;
import org.jobclass.system.Organisation;
import org.jobclass.system.PublicResponses;
import org.jobclass.system.PublicResponses.Representation;
import org.jobclass.system.PublicSite;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

/** Atom feeds of the changes to the published plan: the whole plan's, and each class's own. */
@RestController
class FeedController {

    private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    private static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private final ChangesFeed changes;
    private final CatalogService catalog;
    private final PublicResponses responses;
    private final PublicSite site;
    private final Organisation organisation;
    private final MessageSourceAccessor messages;

    FeedController(ChangesFeed changes, CatalogService catalog, PublicResponses responses, PublicSite site,
                   Organisation organisation, MessageSourceAccessor messages) {
        this.changes = changes;
        this.catalog = catalog;
        this.responses = responses;
        this.site = site;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping("/changes.atom")
    ResponseEntity<byte[]> plan(ServletWebRequest request) {
        CatalogState state = catalog.overview().state();
        return responses.download(request, new Representation("feed:" + state.version(), state.changedAt()), ATOM, null,
                () -> feed("/changes.atom", "/classes", messages.getMessage("feed.title", new Object[] {organisation.name()}),
                        changes.latest(), state.changedAt()));
    }

    @GetMapping("/classes/{code}/{slug}/changes.atom")
    ResponseEntity<byte[]> ofClass(@PathVariable String code, @PathVariable String slug, ServletWebRequest request) {
        CatalogState state = catalog.overview().state();
        String path = "/classes/" + code + "/" + slug;
        return responses.download(request, new Representation("feed:" + state.version() + ":" + path, state.changedAt()),
                ATOM, null, () -> {
                    List<ChangesFeed.Change> ofClass = changes.ofAddress(code, slug);
                    if (ofClass.isEmpty()) {
                        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                    }
                    return feed(path + "/changes.atom", path, messages.getMessage("feed.title.class",
                            new Object[] {ofClass.get(0).workingTitle(), ofClass.get(0).code()}), ofClass, state.changedAt());
                });
    }

    private byte[] feed(String self, String alternate, String title, List<ChangesFeed.Change> entries, Instant changedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            element(xml, "id", site.absolute(self));
            element(xml, "title", title);
            element(xml, "updated", time(entries.isEmpty() ? changedAt : entries.get(0).at()));
            link(xml, "self", site.absolute(self));
            link(xml, "alternate", site.absolute(alternate));
            xml.writeStartElement("author");
            element(xml, "name", organisation.siteTitle());
            xml.writeEndElement();
            for (ChangesFeed.Change change : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", "tag:" + host() + ",2020:change/" + change.kind().name().toLowerCase() + "/"
                        + change.descriptionId() + "/" + change.revision() + "/" + change.at().toEpochMilli());
                element(xml, "title", messages.getMessage("feed.entry." + change.kind().name(),
                        new Object[] {change.workingTitle(), change.code(), change.revision()}));
                element(xml, "updated", time(change.at()));
                link(xml, "alternate", site.absolute(change.path()));
                element(xml, "summary", summary(change));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private String summary(ChangesFeed.Change change) {
        return switch (change.kind()) {
            case PUBLISHED -> change.revision() == 1 ? messages.getMessage("feed.summary.first")
                    : change.changedSections().isEmpty() ? messages.getMessage("feed.summary.nothingChanged")
                    : messages.getMessage("feed.summary.sections", new Object[] {String.join(", ", change.changedSections())});
            case RETIRED -> messages.getMessage("feed.summary.retired");
            case RESTORED -> messages.getMessage("feed.summary.restored");
        };
    }

    private String host() {
        return site.baseUrl().replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
    }

    private static String time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).withNano(0).toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
