// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofiles.h"

#include "devicefiles.h"
#include "filecache.h"
#include "filerecords.h"
#include "noterepository.h"
#include "records.h"

#include <QDir>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace {
/// A flip chart as photographed in a workshop: a title and notes on coloured cards.
QImage flipChart(const QString &title, const QStringList &cards, QColor paper)
{
    QImage photo(1600, 1200, QImage::Format_RGB32);
    photo.fill(QColor(u"#8d8478"_s));
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(260, 60, 1080, 1080), paper);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(64);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(u"#1d3b8f"_s));
    painter.drawText(QRect(300, 100, 1000, 120), Qt::AlignCenter | Qt::TextWordWrap, title);
    font.setPixelSize(40);
    font.setBold(false);
    painter.setFont(font);
    const QColor colours[] = { QColor(u"#ffe066"_s), QColor(u"#9be7c4"_s), QColor(u"#ffb3c1"_s),
        QColor(u"#a5d8ff"_s) };
    for (int i = 0; i < cards.size(); ++i) {
        const QRect card(320 + (i % 2) * 500, 280 + (i / 2) * 260, 440, 220);
        painter.fillRect(card, colours[i % 4]);
        painter.setPen(Qt::black);
        painter.drawText(
            card.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, cards.at(i));
    }
    return photo;
}

/// Slides as a PDF: a title page and one page of points.
bool writeSlides(const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setTitle(u"Engagementstrategien – Folien zum 2. Modul (Beispiel)"_s);
    QPainter painter(&pdf);
    if (!painter.isActive())
        return false;
    QFont font(u"DejaVu Sans"_s);
    font.setPointSize(28);
    painter.setFont(font);
    const QRect page = painter.viewport();
    painter.drawText(page, Qt::AlignCenter | Qt::TextWordWrap,
        u"Engagementstrategien im Überblick\n(Beispiel)"_s);
    pdf.newPage();
    font.setPointSize(18);
    painter.setFont(font);
    painter.drawText(page.adjusted(400, 400, -400, -400), Qt::AlignLeft | Qt::TextWordWrap,
        u"• Bestandsaufnahme: wer engagiert sich wo?\n• Ziele mit der Verwaltungsspitze "
        "vereinbaren\n• Beteiligung von Vereinen und Initiativen\n• Vom Praxisprojekt zur "
        "Strategie"_s);
    return painter.end();
}

/// @p image kept on the device as a photo taken there (its temporary PNG in @p folder gone
/// again); @p confirmed: the server has it.
DeviceFiles::Kept keepPhoto(DeviceFiles &files, FileCache &cache, const QImage &image,
    const QString &folder, const QString &name, bool confirmed, const QDateTime &now)
{
    const QString path = QDir(folder).filePath(name);
    if (!image.save(path, "PNG"))
        return DeviceFiles::Kept { {}, {}, 0,
            DemoFiles::tr("The example photo could not be made.") };
    DeviceFiles::Kept kept = files.addPhoto(path);
    QFile::remove(path);
    if (kept.error.isEmpty() && !cache.note(kept, confirmed, now))
        kept.error = DemoFiles::tr("The example photo could not be kept.");
    return kept;
}

QJsonObject fileFields(const DeviceFiles::Kept &kept, const QString &fileName)
{
    return { { Records::FileFields::hash, kept.hash }, { Records::FileFields::size, kept.size },
        { Records::FileFields::mediaType, kept.mediaType },
        { Records::FileFields::fileName, fileName } };
}
}

QString DemoFiles::load(FileRecords &records, DeviceFiles &files, FileCache &cache,
    const QString &folder, const QDateTime &now)
{
    using namespace Records;
    const auto photo = [&](const QImage &image, const QString &name, bool confirmed) {
        return keepPhoto(files, cache, image, folder, name, confirmed, now);
    };
    const QString added = now.addDays(-3).toString(Qt::ISODate);

    // Jonas's photo of the list of associations, on his log entry (from the server).
    const auto list = photo(flipChart(u"Vereine im Stadtteil"_s,
                                { u"Sportvereine: 14"_s, u"Kultur & Musik: 9"_s, u"Soziales: 7"_s,
                                    u"Initiativen: 4"_s },
                                QColor(u"#fbfbf7"_s)),
        u"demo-list.png"_s, true);
    if (!list.error.isEmpty())
        return list.error;
    QJsonObject onEntry = fileFields(list, u"Vereinsliste.jpg"_s);
    onEntry.insert(Attachment::projectId, u"demo-project-musterstadt"_s);
    onEntry.insert(Attachment::logEntryId, u"demo-log-2"_s);
    onEntry.insert(Attachment::authorContactId, u"demo-jonas"_s);
    onEntry.insert(Attachment::addedAt, added);
    if (!records.applyIncoming(Attachment::entity, u"demo-attachment-1"_s, false, onEntry))
        return tr("The example photo could not be saved.");

    // Erika's own photo of the step's results, still on its way to the server.
    const auto own
        = photo(flipChart(u"Bestandsaufnahme – Ergebnis"_s,
                    { u"34 Vereine"_s, u"12 mit Nachwuchssorgen"_s, u"5 wollen Lotsen stellen"_s },
                    QColor(u"#fffdf0"_s)),
            u"demo-own.png"_s, false);
    if (!own.error.isEmpty())
        return own.error;
    QJsonObject ownFields = fileFields(own, u"Ergebnis-Bestandsaufnahme.jpg"_s);
    ownFields.insert(Attachment::projectId, u"demo-project-musterstadt"_s);
    ownFields.insert(Attachment::logEntryId, u"demo-log-3"_s);
    if (!records.record(Attachment::entity, u"demo-attachment-2"_s)
        && !records.add(Attachment::entity, u"demo-attachment-2"_s, ownFields, now))
        return tr("The example photo could not be saved.");

    // The pool: the organisers' slides of module 2, a flyer of Musterstadt, a link.
    const QString slidesPath = QDir(folder).filePath(u"demo-slides.pdf"_s);
    if (!writeSlides(slidesPath))
        return tr("The example slides could not be written.");
    const auto slides = files.addDocument(slidesPath, u"application/pdf"_s);
    QFile::remove(slidesPath);
    if (!slides.error.isEmpty() || !cache.note(slides, true, now))
        return slides.error.isEmpty() ? tr("The example slides could not be kept.") : slides.error;
    QJsonObject slideFields = fileFields(slides, u"Folien-Modul-2.pdf"_s);
    slideFields.insert(Material::title, u"Engagementstrategien im Überblick – Folien (Beispiel)"_s);
    slideFields.insert(Material::description,
        u"Die Folien des Vortrags am ersten Tag des 2. Moduls, mit den Beispielen aus den "
        "Kommunen."_s);
    slideFields.insert(Material::moduleNumber, 2);
    slideFields.insert(Material::topic, u"Engagementstrategie"_s);
    slideFields.insert(Material::authorContactId, u"demo-olga"_s);
    slideFields.insert(Material::authorName, u"Olga Orga (Beispiel)"_s);
    slideFields.insert(Material::addedAt, added);
    const auto flyer = photo(flipChart(u"Engagement-Lotsen gesucht!"_s,
                                 { u"Du kennst deinen Stadtteil?"_s, u"2 Stunden im Monat"_s,
                                     u"Schulung inklusive"_s, u"Melde dich im Rathaus"_s },
                                 QColor(u"#eaf4ff"_s)),
        u"demo-flyer.png"_s, true);
    if (!flyer.error.isEmpty())
        return flyer.error;
    QJsonObject flyerFields = fileFields(flyer, u"Flyer-Lotsen.jpg"_s);
    flyerFields.insert(Material::title, u"Flyer: Engagement-Lotsen gesucht (Beispiel)"_s);
    flyerFields.insert(Material::description,
        u"Unser Entwurf für die Werbung der Lotsinnen und Lotsen – gern zum Nachmachen."_s);
    flyerFields.insert(Material::moduleNumber, 3);
    flyerFields.insert(Material::topic, u"Öffentlichkeitsarbeit"_s);
    flyerFields.insert(Material::authorContactId, u"demo-erika"_s);
    flyerFields.insert(Material::authorName, u"Erika Mustermann (Beispiel)"_s);
    flyerFields.insert(Material::addedAt, now.addDays(-1).toString(Qt::ISODate));
    const QJsonObject link { { Material::title, u"Engagiert in NRW – das Landesportal"_s },
        { Material::description,
            u"Informationen und Beispiele zur Engagementförderung in Nordrhein-Westfalen."_s },
        { Material::topic, u"Netzwerke"_s },
        { Material::url, u"https://www.engagiert-in-nrw.de"_s },
        { Material::authorContactId, u"demo-olga"_s },
        { Material::authorName, u"Olga Orga (Beispiel)"_s }, { Material::addedAt, added } };
    if (!records.applyIncoming(Material::entity, u"demo-material-slides"_s, false, slideFields)
        || !records.applyIncoming(Material::entity, u"demo-material-flyer"_s, false, flyerFields)
        || !records.applyIncoming(Material::entity, u"demo-material-portal"_s, false, link))
        return tr("The example materials could not be saved.");
    return {};
}

QString DemoFiles::loadOwnNote(NoteRepository &notes, FileRecords &records, DeviceFiles &files,
    FileCache &cache, const QString &contactId, const QString &eventId, const QString &folder,
    const QDateTime &now)
{
    using namespace Records;
    if (notes.note(eventId))
        return {};
    if (!notes.save(contactId, eventId,
            u"Kleingruppe mit Nachbarstadt: Lotsen-Idee vorgestellt, Rückmeldungen auf dem "
            "Flipchart. (Beispiel)"_s,
            {}, now))
        return tr("The example note could not be saved.");
    const auto chart = keepPhoto(files, cache,
        flipChart(u"Kleingruppe: Rückmeldungen"_s,
            { u"Lotsen brauchen Ansprechperson"_s, u"Ehrenamtskarte nutzen"_s,
                u"Vereine früh einbinden"_s, u"Erfolge sichtbar machen"_s },
            QColor(u"#fdf6e3"_s)),
        folder, u"demo-note.png"_s, false, now);
    if (!chart.error.isEmpty())
        return chart.error;
    QJsonObject fields = fileFields(chart, u"Flipchart-Kleingruppe.jpg"_s);
    fields.insert(NoteAttachment::noteId, notes.note(eventId)->id);
    if (!records.add(NoteAttachment::entity, u"demo-note-photo"_s, fields, now))
        return tr("The example photo could not be saved.");
    return {};
}
