// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <array>

// The words of the clinics' world that the demo clinic and the history generator share:
// the four locations of the seeds, their services, and names and reasons to fill them with.
namespace fd::vocabulary {

struct SeedLocation
{
    const char *name;
    const char *address;
    const char *phone;
};
inline constexpr std::array kLocations{
    SeedLocation{"Midtown Manhattan", "Madison Avenue and 40th Street, New York, NY 10016",
                 "(212) 555-0140"},
    SeedLocation{"Chatham", "Main Street, Chatham, NJ 07928", "(973) 555-0150"},
    SeedLocation{"Wharton", "North Main Street, Wharton, NJ 07885", "(973) 555-0160"},
    SeedLocation{"Darien", "Post Road, Darien, CT 06820", "(203) 555-0170"},
};

inline constexpr std::array kServices{
    "Physical therapy",         "Chiropractic care", "Massage therapy",     "Pain management",
    "Physiatry (PM&R) consult", "Diagnostic x-ray",  "Spinal decompression"};
inline constexpr std::array kFirstNames{
    "James",   "Mary",    "Robert",    "Patricia", "John",        "Jennifer", "Michael",
    "Linda",   "David",   "Elizabeth", "William",  "Barbara",     "Richard",  "Susan",
    "Joseph",  "Jessica", "Thomas",    "Karen",    "Christopher", "Sarah",    "Daniel",
    "Lisa",    "Matthew", "Nancy",     "Anthony",  "Sandra",      "Mark",     "Ashley",
    "Steven",  "Emily",   "Andrew",    "Michelle", "Kevin",       "Amanda",   "Brian",
    "Melissa", "George",  "Stephanie", "Luis",     "Rebecca",     "Wei",      "Sofia",
    "Ahmed",   "Aaliyah", "Carlos",    "Fatima",   "Dmitri",      "Olga",     "Kenji",
    "Yuki",    "Priya",   "Arjun",     "Grace",    "Liam",        "Noah",     "Olivia",
    "Emma",    "Ava",     "Mia",       "Ethan",    "Lucas",       "Chloe",    "Isabella",
    "Mateo",   "Zoe"};
inline constexpr std::array kLastNames{
    "Smith",     "Johnson",  "Williams",  "Brown",   "Jones",    "Garcia",   "Miller",   "Davis",
    "Rodriguez", "Martinez", "Hernandez", "Lopez",   "Gonzalez", "Wilson",   "Anderson", "Thomas",
    "Taylor",    "Moore",    "Jackson",   "Martin",  "Lee",      "Perez",    "Thompson", "White",
    "Harris",    "Sanchez",  "Clark",     "Ramirez", "Lewis",    "Robinson", "Walker",   "Young",
    "Allen",     "King",     "Wright",    "Scott",   "Torres",   "Nguyen",   "Hill",     "Flores",
    "Green",     "Adams",    "Nelson",    "Baker",   "Hall",     "Rivera",   "Campbell", "Mitchell",
    "Carter",    "Roberts",  "Cohen",     "Murphy",  "Sullivan", "O'Brien",  "Kowalski", "Novak",
    "Rossi",     "Russo",    "Schmidt",   "Weber",   "Dubois",   "Kim",      "Park",     "Chen",
    "Wang",      "Patel",    "Shah",      "Singh",   "Khan",     "Ali",      "Haddad",   "Costa",
    "Silva",     "Santos",   "Ivanova",   "Petrov",  "Larsen",   "Jensen",   "Byrne",    "Walsh"};
inline constexpr std::array kAreaCodes{"212", "646", "917", "973", "862",
                                       "908", "201", "203", "914"};
inline constexpr std::array kCarriers{"Aetna",  "Cigna",       "UnitedHealthcare", "Horizon BCBS",
                                      "Oxford", "Empire BCBS", "Medicare"};
inline constexpr std::array kReasons{"Back spasms",
                                     "Sciatica",
                                     "Herniated disc",
                                     "Muscle strain",
                                     "Shoulder impingement syndrome",
                                     "Plantar fasciitis",
                                     "Whiplash",
                                     "Tendonitis",
                                     "Spinal stenosis",
                                     "Arthritis",
                                     "Sports injury",
                                     "Degenerative disc disease",
                                     "Bursitis",
                                     "Meniscal tears",
                                     "Headaches",
                                     "Upper back pain"};

} // namespace fd::vocabulary
