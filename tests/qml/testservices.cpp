// SPDX-License-Identifier: GPL-3.0-or-later
#include "testservices.h"

#include "programmewire.h"
#include "programmezone.h"

#include <QImage>

using namespace Qt::StringLiterals;

TestServices::TestServices(QObject *parent)
    : QObject(parent)
    , m_services(m_dir.path(),
          std::make_unique<FixedClock>(ProgrammeZone::instant(QDate(2026, 11, 21), QTime(10, 0))),
          ProgrammeZone::zone(), QLocale(QLocale::German, QLocale::Germany))
    , m_translations(nullptr, QStringLiteral(EWS_TRANSLATIONS_FOLDER))
{
    if (!m_services.isReady() || !m_services.loadDemo())
        qFatal("Test services cannot start: %s", qPrintable(m_services.error()));
    // A person who has read the privacy notice (tests of the first start undo it).
    m_services.settings()->setPrivacyNoticeSeen(true);
}

void TestServices::asAtFirstStart()
{
    m_services.settings()->setPrivacyNoticeSeen(false);
    m_services.settings()->setSharingAsked(false);
}

AppServices *TestServices::app()
{
    return &m_services;
}

QVariantMap TestServices::windowProperties()
{
    return { { u"services"_s, QVariant::fromValue(&m_services) } };
}

void TestServices::setSystemTextScale(double scale)
{
    m_services.settings()->setSystemTextScale(scale);
}

void TestServices::becomeOrganiser()
{
    m_services.settings()->setOwnMunicipalityId(QString());
    m_services.settings()->setOrganiser(true);
}

void TestServices::retranslate()
{
    qmlEngine(this)->retranslate();
}

bool TestServices::useLanguage(const QString &language)
{
    m_services.settings()->setLanguage(language);
    const bool loaded = m_translations.use(language, qmlEngine(this));
    m_services.context().languageChanged();
    return loaded;
}

int TestServices::storedStepCount()
{
    const auto project
        = m_services.replica().projects().projectOf(m_services.settings()->ownMunicipalityId());
    return project ? int(m_services.replica().projects().steps(project->id).size()) : 0;
}

bool TestServices::organisersCancel(const QString &eventId, const QString &reason)
{
    auto &programme = m_services.replica().programme();
    auto date = programme.event(eventId);
    if (!date)
        return false;
    date->cancelled = true;
    date->cancelReason = reason;
    if (!programme.applyIncomingDate(
            eventId, false, ProgrammeWire::fieldsOf(*date), date->calendarSequence + 1))
        return false;
    Q_EMIT m_services.sync()->dataChanged();
    return true;
}

QUrl TestServices::examplePhoto()
{
    QImage photo(640, 480, QImage::Format_RGB32);
    photo.fill(QColor(0x33, 0x77, 0xaa));
    const QString path = m_dir.filePath(QStringLiteral("Tafelbild.png"));
    return photo.save(path) ? QUrl::fromLocalFile(path) : QUrl();
}
