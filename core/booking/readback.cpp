// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "readback.h"

#include "calendar/walltime.h"

#include <QCoreApplication>
#include <QTime>

namespace fd {

namespace {
// The context lupdate files the read-back's sentences under.
struct ReadBackText
{
    Q_DECLARE_TR_FUNCTIONS(fd::ReadBack)
};
} // namespace

QString readBack(const Appointment &a, const Patient &patient, const ClinicConfig &config,
                 const QLocale &locale)
{
    QStringList lines;
    lines.append(ReadBackText::tr("%1, your %2 visit is on %3 at %4.")
                     .arg(patient.name, typeLabel(a.type).toLower(),
                          locale.toString(a.day, QLocale::LongFormat),
                          timeOfDayText(a.startMinute, locale)));
    if (const Location *l = config.location(a.locationId)) {
        lines.append(l->address.isEmpty()
                         ? ReadBackText::tr("Where: %1.").arg(l->name)
                         : ReadBackText::tr("Where: %1, %2.").arg(l->name, l->address));
        if (!l->phone.isEmpty())
            lines.append(ReadBackText::tr("To change it, call %1.").arg(l->phone));
    }
    if (const Clinician *c = config.clinician(a.clinicianId))
        lines.append(ReadBackText::tr("With: %1.").arg(c->name));
    if (a.serviceId)
        if (const Service *s = config.service(*a.serviceId))
            lines.append(ReadBackText::tr("For: %1.").arg(s->name));
    switch (a.type) {
    case AppointmentType::New:
        lines.append(
            ReadBackText::tr("Please bring your insurance card and a photo ID, and come 15 minutes "
                             "early, or print our new patient forms from the website and fill them "
                             "out before you come."));
        if (patient.insurancePending)
            lines.append(
                ReadBackText::tr("We still need your insurance details: please send them before "
                                 "the visit."));
        break;
    case AppointmentType::SelfPay:
        lines.append(
            ReadBackText::tr("As a self-pay client, you pay at the visit; no insurance card is "
                             "needed. Please bring a photo ID and fill out the self-pay client "
                             "registration before you come."));
        break;
    case AppointmentType::FollowUp:
        lines.append(ReadBackText::tr("Please come 5 minutes early."));
        break;
    }
    lines.append(
        ReadBackText::tr("A cancellation less than 24 hours before the visit counts as late."));
    return lines.join(QLatin1Char('\n'));
}

QStringList commonConditions()
{
    // The clinics' list of conditions they treat (the seeds' website), once each, spelling
    // mended.
    static const QStringList conditions = [] {
        QStringList list{
            QStringLiteral("Abdominal Muscle Weakness"),
            QStringLiteral("Achilles Tendinosis"),
            QStringLiteral("Ankylosing Spondylitis"),
            QStringLiteral("Arm Pain"),
            QStringLiteral("Arthritis"),
            QStringLiteral("Back Pain During Pregnancy"),
            QStringLiteral("Back Spasms"),
            QStringLiteral("Balance Disorders"),
            QStringLiteral("Becker Muscular Dystrophy"),
            QStringLiteral("Benign Paroxysmal Positional Vertigo"),
            QStringLiteral("Bone Spurs"),
            QStringLiteral("Bulbar Muscle Atrophy"),
            QStringLiteral("Bursitis"),
            QStringLiteral("Cerebral Palsy"),
            QStringLiteral("Compartment Syndrome"),
            QStringLiteral("Contractures"),
            QStringLiteral("Cruciate Ligament Injuries"),
            QStringLiteral("Degenerative Disc Disease"),
            QStringLiteral("Diffuse Idiopathic Skeletal Hyperostosis"),
            QStringLiteral("Duchenne Muscular Dystrophy"),
            QStringLiteral("Dupuytren's Contracture"),
            QStringLiteral("Elbow Tendinosis"),
            QStringLiteral("Entrapment Neuropathy"),
            QStringLiteral("Facet Syndrome"),
            QStringLiteral("Fibromyalgia"),
            QStringLiteral("Fractures"),
            QStringLiteral("Gait Disorders"),
            QStringLiteral("Gluteal Muscle Weakness"),
            QStringLiteral("Guillain Barre Syndrome"),
            QStringLiteral("Headaches"),
            QStringLiteral("Herniated Disc"),
            QStringLiteral("Hip Replacement"),
            QStringLiteral("Iliotibial Band Syndrome"),
            QStringLiteral("Inguinal Hernia"),
            QStringLiteral("Lou Gehrig's Disease"),
            QStringLiteral("Lumbar Muscle Spasms"),
            QStringLiteral("Lyme Disease"),
            QStringLiteral("Meniere's Disease"),
            QStringLiteral("Meniscal Tears"),
            QStringLiteral("Motor Neuron Diseases"),
            QStringLiteral("Multiple Sclerosis"),
            QStringLiteral("Muscle Atrophy"),
            QStringLiteral("Muscle Spasms"),
            QStringLiteral("Muscle Strain"),
            QStringLiteral("Muscular Dystrophy"),
            QStringLiteral("Myelopathy"),
            QStringLiteral("Myopathy"),
            QStringLiteral("Neurogenic Atrophy"),
            QStringLiteral("Neuropathy"),
            QStringLiteral("Osgood-Schlatter Disease"),
            QStringLiteral("Osteitis Pubis"),
            QStringLiteral("Osteoarthritis"),
            QStringLiteral("Osteonecrosis"),
            QStringLiteral("Osteoporosis"),
            QStringLiteral("Parkinson's Disease"),
            QStringLiteral("Patellar Subluxation"),
            QStringLiteral("Patellofemoral Syndrome"),
            QStringLiteral("Pinched Nerve"),
            QStringLiteral("Plantar Fasciitis"),
            QStringLiteral("Poliomyelitis"),
            QStringLiteral("Primary Lateral Sclerosis"),
            QStringLiteral("Pseudobulbar Palsy"),
            QStringLiteral("Radiculopathy"),
            QStringLiteral("Rotator Cuff Tendinosis"),
            QStringLiteral("Sciatica"),
            QStringLiteral("Shin Splints"),
            QStringLiteral("Shoulder Impingement Syndrome"),
            QStringLiteral("Shoulder Pain"),
            QStringLiteral("Spinal Fractures"),
            QStringLiteral("Spinal Muscle Atrophy"),
            QStringLiteral("Spinal Stenosis"),
            QStringLiteral("Spinal Tumors"),
            QStringLiteral("Spondylosis"),
            QStringLiteral("Sports Injuries"),
            QStringLiteral("Sprains & Strains"),
            QStringLiteral("Stroke"),
            QStringLiteral("Tendinosis"),
            QStringLiteral("Tendonitis"),
            QStringLiteral("TMJ"),
            QStringLiteral("Upper Back Pain"),
            QStringLiteral("Whiplash"),
            QStringLiteral("Wrist Contracture"),
        };
        return list;
    }();
    return conditions;
}

} // namespace fd
