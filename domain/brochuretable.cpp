// SPDX-License-Identifier: GPL-3.0-or-later
#include "brochuretable.h"

#include "programmezone.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
using Doubt = BrochureTable::Doubt;
using Kind = ProgrammeDate::Kind;

const QStringList weekdayShort = { u"mo"_s, u"di"_s, u"mi"_s, u"do"_s, u"fr"_s, u"sa"_s, u"so"_s };

QString germanDate(QDate date)
{
    return date.toString(u"dd.MM.yyyy"_s);
}

/// "vier" → 4; 0 when @p word is not a count. Only counts spelled out: a figure in a heading
/// is the programme's number ("EWS 7 Aufbaumodule").
int countWord(const QString &word)
{
    static const QStringList words = { u"ein"_s, u"zwei"_s, u"drei"_s, u"vier"_s, u"fünf"_s,
        u"sechs"_s, u"sieben"_s, u"acht"_s, u"neun"_s, u"zehn"_s, u"elf"_s, u"zwölf"_s };
    const QString lower = word.toLower();
    if (lower == u"eine"_s || lower == u"einen"_s)
        return 1;
    return int(words.indexOf(lower)) + 1;
}

/// What a heading's noun counts: talks ("Alternativtermine"), modules ("Präsenzworkshops"),
/// learning groups ("Lerngruppen").
std::optional<Kind> countedKind(const QString &word)
{
    const QString lower = word.toLower();
    if (lower.contains(u"lerngruppe"_s))
        return Kind::LearningGroup;
    if (lower.contains(u"präsenz"_s) || lower.contains(u"modul"_s) || lower.contains(u"workshop"_s))
        return Kind::ModuleDay;
    if (lower.contains(u"termin"_s) || lower.contains(u"gespräch"_s))
        return Kind::InfoTalk;
    return std::nullopt;
}

/// A heading, its counts and the rows found beneath it.
struct Section
{
    int line = 0;
    QString heading;
    QMap<Kind, int> expected;
    QMap<Kind, int> found;
};

struct DateInText
{
    QDate date;
    int writtenWeekday = 0; ///< 1 (Monday) … 7; 0 when none was written
};

QList<DateInText> datesIn(const QString &cell)
{
    static const QRegularExpression pattern(
        u"(?:\\b(Mo|Di|Mi|Do|Fr|Sa|So)\\b\\.?\\s*,?\\s*)?\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<DateInText> dates;
    for (auto it = pattern.globalMatch(cell); it.hasNext();) {
        const auto match = it.next();
        const QDate date(
            match.captured(4).toInt(), match.captured(3).toInt(), match.captured(2).toInt());
        if (!date.isValid())
            continue;
        dates.append({ date, int(weekdayShort.indexOf(match.captured(1).toLower())) + 1 });
    }
    return dates;
}

struct TimeRange
{
    QTime start;
    QTime end;
    bool approximate = false;
};

std::optional<TimeRange> timeIn(const QString &cell)
{
    static const QRegularExpression pattern(
        u"(\\d{1,2})[.:](\\d{2})\\s*(?:Uhr)?\\s*[-–—]\\s*(\\d{1,2})[.:](\\d{2})"_s);
    const auto match = pattern.match(cell);
    if (!match.hasMatch())
        return std::nullopt;
    TimeRange range { QTime(match.captured(1).toInt(), match.captured(2).toInt()),
        QTime(match.captured(3).toInt(), match.captured(4).toInt()),
        cell.contains(u"ca."_s, Qt::CaseInsensitive) };
    if (!range.start.isValid() || !range.end.isValid() || range.end <= range.start)
        return std::nullopt;
    return range;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QStringList words;
    for (const auto &word : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            words.append(word);
    }
    return words;
}

/// The place @p cell names: an online place for "Digital"/"Zoom", else the place sharing the
/// most words with it (name or city).
QString placeFor(const QString &cell, const QList<Place> &places)
{
    const QStringList cellWords = wordsOf(cell);
    const bool online = cellWords.contains(u"digital"_s) || cellWords.contains(u"zoom"_s)
        || cellWords.contains(u"online"_s);
    QString best;
    int bestScore = 0;
    for (const auto &place : places) {
        if (place.online != online)
            continue;
        int score = online ? 1 : 0;
        for (const auto &word : wordsOf(place.name.de + u' ' + place.city))
            score += cellWords.contains(word) ? 2 : 0;
        if (score > bestScore) {
            best = place.id;
            bestScore = score;
        }
    }
    return best;
}

class Reader
{
public:
    Reader(const QList<Place> &places, const QLocale &locale)
        : m_places(places)
        , m_locale(locale)
    {
    }

    void readLine(int line, const QString &text);
    BrochureTable::Result finish();

private:
    void heading(int line, const QString &text);
    void row(int line, const QStringList &cells);
    void closeSection();
    /// The day of @p found as taken, with any doubt about it stated.
    QDate takeDay(int line, const QString &label, const DateInText &found);
    void addDate(int line, ProgrammeDate date, QDate day, const QString &timeCell,
        const QString &placeCell, const QString &label);
    void doubt(Doubt doubt) { m_result.doubts.append(std::move(doubt)); }

    QString weekday(int day) const { return m_locale.dayName(day); }

    const QList<Place> &m_places;
    QLocale m_locale;
    BrochureTable::Result m_result;
    std::optional<Section> m_section;
    bool m_tentative = false;
    int m_lastModule = 0;
    QDate m_previousDay;
};

void Reader::readLine(int line, const QString &text)
{
    QStringList cells = text.split(u'\t');
    for (auto &cell : cells)
        cell = cell.simplified();
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    if (cells.isEmpty())
        return;
    // The column heads: "Bewerbungszeitraum  Termin  Uhrzeit  Ort".
    if (cells.size() >= 3 && cells.at(1).compare(u"Termin"_s, Qt::CaseInsensitive) == 0
        && cells.at(2).compare(u"Uhrzeit"_s, Qt::CaseInsensitive) == 0)
        return;
    if (cells.size() == 1 && datesIn(cells.first()).isEmpty())
        heading(line, cells.first());
    else
        row(line, cells);
}

void Reader::heading(int line, const QString &text)
{
    closeSection();
    Section section { line, text, {}, {} };
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const int count = countWord(words.at(i));
        if (count == 0)
            continue;
        // The noun follows the count, perhaps after an adjective ("zwei zweitägigen
        // Präsenzworkshops").
        for (qsizetype j = i + 1; j < std::min(words.size(), i + 3); ++j) {
            if (const auto kind = countedKind(words.at(j))) {
                section.expected.insert(*kind, count);
                break;
            }
        }
    }
    m_section = section;
    m_tentative = text.contains(u"Vorbehalt"_s, Qt::CaseInsensitive);
}

void Reader::closeSection()
{
    if (!m_section)
        return;
    for (auto it = m_section->expected.cbegin(); it != m_section->expected.cend(); ++it) {
        const int found = m_section->found.value(it.key());
        if (found == it.value())
            continue;
        Doubt count { Doubt::Kind::CountMismatch, m_section->line,
            BrochureTable::tr("Line %1: the heading “%2” names %3, but %4 follow beneath it.")
                .arg(QString::number(m_section->line), m_section->heading.left(120),
                    it.key() == Kind::ModuleDay ? BrochureTable::tr("%n module(s)", "", it.value())
                        : it.key() == Kind::LearningGroup
                        ? BrochureTable::tr("%n learning group meeting(s)", "", it.value())
                        : BrochureTable::tr("%n date(s)", "", it.value()),
                    QString::number(found)),
            {}, {}, it.value(), found };
        doubt(count);
    }
    m_section.reset();
}

void Reader::row(int line, const QStringList &cells)
{
    const QString label = cells.value(0);
    const QString dateCell = cells.value(1);
    const QString timeCell = cells.value(2);
    const QString placeCell = cells.value(3);
    static const QRegularExpression talk(u"^(\\d{1,2})\\.\\s*Termin"_s);
    static const QRegularExpression module(u"^(\\d{1,2})\\.\\s*Präsenzmodul"_s);
    static const QRegularExpression group(u"^(\\d{1,2})\\.\\s*Treffen.*Lerngruppe"_s);

    ProgrammeDate date;
    date.tentative = m_tentative;
    if (const auto match = module.match(label); match.hasMatch()) {
        date.kind = Kind::ModuleDay;
        date.moduleNumber = match.captured(1).toInt();
        m_lastModule = date.moduleNumber;
    } else if (const auto match = group.match(label); match.hasMatch()) {
        date.kind = Kind::LearningGroup;
        date.number = match.captured(1).toInt();
        date.moduleNumber = m_lastModule;
        date.title = { label, u"Online learning group, meeting %1"_s.arg(date.number) };
    } else if (const auto match = talk.match(label); match.hasMatch()) {
        date.kind = Kind::InfoTalk;
        date.number = match.captured(1).toInt();
        date.title = { u"Informations- und Kennenlerngespräch, %1. Termin"_s.arg(date.number),
            u"Information and introduction talk, option %1"_s.arg(date.number) };
    } else if (label.contains(u"frist"_s, Qt::CaseInsensitive)) {
        date.kind = Kind::Deadline;
        date.title = { label,
            label.compare(u"Bewerbungsfrist"_s, Qt::CaseInsensitive) == 0
                ? u"Application deadline"_s
                : label };
    } else {
        doubt({ Doubt::Kind::UnreadableRow, line,
            BrochureTable::tr("Line %1 (“%2”) is neither a deadline, a talk, a module nor a "
                              "learning group meeting; it was not taken.")
                .arg(line)
                .arg(label.left(80)),
            {}, {}, 0, 0 });
        return;
    }

    const QList<DateInText> days = datesIn(dateCell);
    if (days.isEmpty()) {
        doubt({ Doubt::Kind::UnreadableDate, line,
            BrochureTable::tr("Line %1 (“%2”): no date could be read in “%3”; it was not taken.")
                .arg(line)
                .arg(label.left(80), dateCell.left(80)),
            {}, {}, 0, 0 });
        return;
    }
    if (m_section)
        m_section->found[date.kind] += 1;
    for (qsizetype i = 0; i < days.size(); ++i) {
        ProgrammeDate day = date;
        if (date.kind == Kind::ModuleDay) {
            day.number = int(i) + 1;
            day.title = { u"%1. Präsenzmodul, %2. Tag"_s.arg(date.moduleNumber).arg(day.number),
                u"Module %1 in person, day %2"_s.arg(date.moduleNumber).arg(day.number) };
        }
        addDate(line, day, takeDay(line, label, days.at(i)), timeCell, placeCell, label);
    }
}

QDate Reader::takeDay(int line, const QString &label, const DateInText &found)
{
    QDate day = found.date;
    const bool weekdayFits = found.writtenWeekday == 0 || found.writtenWeekday == day.dayOfWeek();
    if (m_previousDay.isValid() && day < m_previousDay) {
        // A year misprinted: the same day a year later, if it follows the date before and has
        // the weekday written.
        const QDate later = day.addYears(1);
        const bool laterFits = later >= m_previousDay
            && (found.writtenWeekday == 0 || found.writtenWeekday == later.dayOfWeek());
        if (laterFits) {
            doubt({ Doubt::Kind::YearOutOfSequence, line,
                BrochureTable::tr("Line %1 (“%2”): %3 comes before the date above it (%4). "
                                  "Taken as %5 (a %6), which follows it%7 – please check.")
                    .arg(line)
                    .arg(label.left(80), germanDate(day), germanDate(m_previousDay),
                        germanDate(later), weekday(later.dayOfWeek()),
                        weekdayFits ? QString()
                                    : BrochureTable::tr(" and matches the weekday written")),
                day, later, 0, 0 });
            m_previousDay = later;
            return later;
        }
        doubt({ Doubt::Kind::YearOutOfSequence, line,
            BrochureTable::tr("Line %1 (“%2”): %3 comes before the date above it (%4) – "
                              "please check.")
                .arg(line)
                .arg(label.left(80), germanDate(day), germanDate(m_previousDay)),
            day, day, 0, 0 });
    }
    if (!weekdayFits) {
        doubt({ Doubt::Kind::WeekdayMismatch, line,
            BrochureTable::tr("Line %1 (“%2”): %3 is a %4, not a %5 – please check.")
                .arg(line)
                .arg(label.left(80), germanDate(day), weekday(day.dayOfWeek()),
                    weekday(found.writtenWeekday)),
            day, day, 0, 0 });
    }
    m_previousDay = std::max(m_previousDay, day);
    return day;
}

void Reader::addDate(int line, ProgrammeDate date, QDate day, const QString &timeCell,
    const QString &placeCell, const QString &label)
{
    if (const auto range = timeIn(timeCell)) {
        date.startsAt = ProgrammeZone::instant(day, range->start);
        date.endsAt = ProgrammeZone::instant(day, range->end);
        date.approximate = range->approximate;
    } else {
        if (date.kind != Kind::Deadline)
            doubt({ Doubt::Kind::NoTime, line,
                BrochureTable::tr("Line %1 (“%2”): no time could be read; taken as a whole day.")
                    .arg(line)
                    .arg(label.left(80)),
                day, day, 0, 0 });
        date.allDay = true;
        date.startsAt = ProgrammeZone::instant(day, QTime(0, 0));
        date.endsAt = ProgrammeZone::instant(day.addDays(1), QTime(0, 0));
    }
    if (date.kind == Kind::Deadline) {
        // "Digital an a.hirsch@…": how to apply, not a place.
        date.note = { placeCell, QString() };
    } else if (!placeCell.isEmpty()) {
        date.placeId = placeFor(placeCell, m_places);
        if (date.placeId.isEmpty())
            doubt({ Doubt::Kind::UnknownPlace, line,
                BrochureTable::tr("Line %1 (“%2”): no place of the programme matches “%3”; "
                                  "taken without a place.")
                    .arg(line)
                    .arg(label.left(80), placeCell.left(80)),
                day, day, 0, 0 });
    }
    m_result.rows.append({ date, line });
}

BrochureTable::Result Reader::finish()
{
    closeSection();
    std::stable_sort(m_result.doubts.begin(), m_result.doubts.end(),
        [](const Doubt &a, const Doubt &b) { return a.line < b.line; });
    return m_result;
}
}

BrochureTable::Result BrochureTable::read(
    const QString &text, const QList<Place> &places, const QLocale &locale)
{
    Reader reader(places, locale);
    const QStringList lines = text.left(maximumSize).split(u'\n');
    int rows = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (++rows > maximumRows || (i == lines.size() - 1 && text.size() > maximumSize)) {
            Result result = reader.finish();
            result.doubts.append({ Doubt::Kind::TooLong, int(i) + 1,
                tr("The text is longer than a brochure's table; from line %1 on it was not read.")
                    .arg(i + 1),
                {}, {}, 0, 0 });
            return result;
        }
        reader.readLine(int(i) + 1, line);
    }
    return reader.finish();
}
