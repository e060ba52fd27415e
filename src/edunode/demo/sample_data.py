"""Realistic sample data for demos and screenshots: ``edunode sample-data [--home DIR]``.

One school with eight courses in four languages (modules, lessons with text), about sixty
learners with enrolments, progress, results and a few weeks of attendance; a course shared
by another school (read only here); and a few other PCs: one linked, two asking to link,
one found on the network. Everything goes through the Node's API, so the data is signed
and verified like any other. Deterministic (a fixed random seed). No Qt.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
from pathlib import Path
from typing import Any

from edunode.config import Paths, resolve_home
from edunode.errors import ValidationError
from edunode.progress import CancelCheck, Progress, checkpoint, report
from edunode.service.dialer import SAMPLE_PORT
from edunode.service.node import Node

SCHOOL = "Hillside Community School"
NODE_NAME = "Library PC"
ADMIN_PIN = "246810"
LEARNER_GROUP = 10  # learners per transaction (a cancel stops between groups)

COURSES: list[dict[str, Any]] = [
    {
        "title": "Fractions and Decimals",
        "subject": "Mathematics",
        "level": "Grade 5",
        "language": "en",
        "summary": "Read, compare and add fractions; move between fractions and decimals.",
        "modules": {
            "Understanding fractions": [
                "What is a fraction?",
                "Equivalent fractions",
                "Comparing fractions",
            ],
            "Working with fractions": [
                "Adding fractions",
                "Subtracting fractions",
                "Fractions of a quantity",
            ],
            "Decimals": [
                "Tenths and hundredths",
                "From fractions to decimals",
                "Decimals in the market",
            ],
        },
    },
    {
        "title": "Reading for Meaning",
        "subject": "English",
        "level": "Grade 4",
        "language": "en",
        "summary": "Understand stories and information texts; talk and write about them.",
        "modules": {
            "Stories": ["Characters and setting", "What happens next?", "Retelling a story"],
            "Information texts": [
                "Headings and pictures",
                "Finding facts",
                "Writing a short report",
            ],
        },
    },
    {
        "title": "Les plantes et leur milieu",
        "subject": "Sciences",
        "level": "CM1",
        "language": "fr",
        "summary": "Observer les plantes de l'école, comprendre leurs besoins et leur croissance.",
        "modules": {
            "Observer": [
                "Les parties d'une plante",
                "Les graines",
                "Tenir un carnet d'observation",
            ],
            "Comprendre": ["L'eau et la lumière", "Le sol", "Les plantes et les animaux"],
        },
    },
    {
        "title": "Hisabati: Kuzidisha na Kugawanya",
        "subject": "Hisabati",
        "level": "Darasa la 4",
        "language": "sw",
        "summary": "Kuzidisha na kugawanya kwa namba hadi 1,000.",
        "modules": {
            "Kuzidisha": ["Jedwali la kuzidisha", "Kuzidisha kwa namba mbili", "Mazoezi ya sokoni"],
            "Kugawanya": ["Kugawanya sawa", "Mabaki", "Hadithi za hesabu"],
        },
    },
    {
        "title": "Water, Health and Hygiene",
        "subject": "Health",
        "level": "Grade 6",
        "language": "en",
        "summary": "Safe water, handwashing and keeping our school healthy.",
        "modules": {
            "Safe water": ["Where our water comes from", "Making water safe to drink"],
            "Hygiene": [
                "Handwashing at the right times",
                "Keeping latrines clean",
                "Sharing what we learnt",
            ],
        },
    },
    {
        "title": "Introdução à Informática",
        "subject": "TIC",
        "level": "7.º ano",
        "language": "pt",
        "summary": "Usar o computador com confiança: ficheiros, texto e segurança.",
        "modules": {
            "Primeiros passos": ["Ligar e desligar", "O rato e o teclado", "Pastas e ficheiros"],
            "Escrever": ["O processador de texto", "Guardar o trabalho"],
            "Segurança": ["Palavras-passe", "Cuidar do equipamento"],
        },
    },
    {
        "title": "Our Local History",
        "subject": "Social studies",
        "level": "Grade 5",
        "language": "en",
        "summary": "The story of our village, told by the people who live here.",
        "shared": False,
        "modules": {
            "Listening to elders": ["Preparing questions", "Recording an interview"],
            "Our village": ["Old maps and new maps", "Making a timeline"],
        },
    },
    {
        "title": "School Garden: Basic Agriculture",
        "subject": "Agriculture",
        "level": "Grade 6",
        "language": "en",
        "summary": "Plan, plant and look after the school garden through a season.",
        "modules": {
            "Planning": ["Choosing crops", "Preparing the beds"],
            "Growing": ["Planting and spacing", "Watering and mulching", "Pests without poisons"],
            "Harvest": ["Harvesting", "Keeping seeds for next year"],
        },
    },
]

OTHER_SCHOOL_COURSE: dict[str, Any] = {
    "title": "Introduction to Geometry",
    "subject": "Mathematics",
    "level": "Grade 6",
    "language": "en",
    "summary": "Shapes, angles and measuring, with paper folding and the school yard.",
    "modules": {
        "Shapes": ["Lines and angles", "Triangles", "Quadrilaterals"],
        "Measuring": ["Perimeter", "Area with squares"],
    },
}

FIRST_NAMES = [
    "Amina",
    "Baraka",
    "Chiara",
    "Daudi",
    "Esther",
    "Faith",
    "Gabriel",
    "Halima",
    "Idrissa",
    "Joyce",
    "Kwame",
    "Lydia",
    "Moses",
    "Neema",
    "Omari",
    "Precious",
    "Rehema",
    "Samuel",
    "Tendai",
    "Upendo",
    "Victor",
    "Wanjiru",
    "Yusuf",
    "Zawadi",
    "Aïcha",
    "Brice",
    "Céline",
    "Didier",
    "Fatou",
    "Ibrahima",
    "João",
    "Luísa",
    "Mateus",
    "Nádia",
    "Rui",
    "Sofia",
    "Thandiwe",
    "Kofi",
    "Abena",
    "Emeka",
]
LAST_NAMES = [
    "Mwangi",
    "Otieno",
    "Kamau",
    "Achieng",
    "Njoroge",
    "Mensah",
    "Owusu",
    "Diallo",
    "Traoré",
    "Ndiaye",
    "Banda",
    "Phiri",
    "Moyo",
    "Dlamini",
    "Okafor",
    "Nwosu",
    "Silva",
    "Santos",
    "Mbeki",
    "Kiprono",
]


def lesson_text(course: str, module: str, lesson: str, language: str) -> str:
    if language == "fr":
        return (
            f"{lesson}\n\nObjectif : à la fin de cette leçon, les élèves sauront "
            f"expliquer « {lesson.lower()} » avec leurs propres mots.\n\n"
            "Activité (20 minutes) : en petits groupes, observez, dessinez et notez "
            "trois choses dans le carnet.\n\n"
            "Pour finir : chaque groupe présente une observation à la classe."
        )
    if language == "sw":
        return (
            f"{lesson}\n\nLengo: mwishoni mwa somo hili, wanafunzi wataweza kueleza «{lesson}».\n\n"
            "Shughuli (dakika 20): fanyeni kazi kwa vikundi vidogo na mtumie vitu vya darasani.\n\n"
            "Tathmini: kila mwanafunzi atatatua maswali matatu."
        )
    if language == "pt":
        return (
            f"{lesson}\n\nObjetivo: no fim desta lição, os alunos sabem explicar «{lesson}».\n\n"
            "Atividade (20 minutos): em pares, experimentem no computador da escola e anotem "
            "o que aprenderam.\n\nPara casa: expliquem a alguém da família o que fizeram."
        )
    return (
        f"{lesson}\n\nAim: by the end of this lesson learners can explain “{lesson.lower()}” "
        "in their own words and use it in an example from daily life.\n\n"
        "Starter (5 minutes): ask the class what they already know. "
        "Write their ideas on the board.\n\n"
        "Activity (20 minutes): in small groups, learners work through the examples in the "
        f"{module.lower()} section, then make one example of their own.\n\n"
        "Check: three quick questions at the end. "
        f"Note who needs help for the next lesson of “{course}”."
    )


def _school_days(today: dt.date, count: int) -> list[str]:
    days: list[str] = []
    day = today
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day.isoformat())
        day -= dt.timedelta(days=1)
    return sorted(days)


def _add_course(node: Node, spec: dict[str, Any]) -> tuple[str, list[str]]:
    course_id = node.create_course(
        spec["title"],
        spec["subject"],
        spec["level"],
        spec["language"],
        spec["summary"],
        shared=spec.get("shared", True),
    )
    lessons = []
    for module, titles in spec["modules"].items():
        module_id = node.add_module(course_id, module)
        for title in titles:
            body = lesson_text(spec["title"], module, title, spec["language"])
            lessons.append(node.add_lesson(course_id, module_id, title, body))
    return course_id, lessons


def _copy(src: Node, dst: Node, doc_id: str) -> None:
    changes, signatures = src.docs.outgoing(doc_id, [])
    dst.receive_changes(doc_id, [c.data for c in changes], dict(signatures), src.node_id)


def _peers(node: Node, scratch: Path, pin: str) -> None:
    """Other PCs: a linked school sharing a course, two requests, one PC found nearby.
    Their addresses are on this PC, at port ``SAMPLE_PORT``: never dialled (dialer.py)."""
    river = Node.init(
        scratch / "river", name="Riverside Office PC", school_name="Riverside Academy"
    )
    grade6 = Node.init(scratch / "grade6", name="Grade 6 classroom", school_name=None)
    hilltop = Node.init(scratch / "hilltop", name="Hilltop Lab PC", school_name="Hilltop Primary")
    try:
        course_id, _ = _add_course(river, OTHER_SCHOOL_COURSE)
        _copy(river, node, river.school_id)
        _copy(river, node, course_id)
        node.peers.request_received(
            river.certificate_pem(),
            river.name,
            "Riverside Academy",
            river.school_id,
            "127.0.0.31",
            SAMPLE_PORT,
        )
        if pin:
            node.approve(river.node_id, "community", pin)
            node.peers.record_sync(river.node_id, sent=412, received=236)
            node.peers.seen(river.node_id)
        node.peers.request_received(
            grade6.certificate_pem(), grade6.name, "", "", "127.0.0.42", SAMPLE_PORT
        )
        node.peers.request_received(
            hilltop.certificate_pem(),
            hilltop.name,
            "Hilltop Primary",
            hilltop.school_id,
            "127.0.0.57",
            SAMPLE_PORT,
        )
        if pin:
            _resources(node, river, hilltop, pin)
        staff = Node.init(scratch / "staff", name="Staff room laptop", school_name=None)
        node.peers.discovered(staff.node_id, staff.name, "", "127.0.0.12", SAMPLE_PORT)
        staff.close()
    finally:
        for other in (river, grade6, hilltop):
            other.close()


def _add_learner(
    node: Node,
    n: int,
    rng: random.Random,
    courses: list[tuple[str, list[str]]],
    today: dt.date,
    days: list[str],
) -> None:
    """The ``n``-th sample learner with enrolments, progress, results and attendance."""
    first = FIRST_NAMES[n % len(FIRST_NAMES)]
    name = f"{first} {LAST_NAMES[(n * 7 + n // 40) % len(LAST_NAMES)]}"
    who = rng.choice(["Mother", "Father", "Aunt", "Grandmother"])
    phone = f"+255 7{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    guardian = f"{who}: {phone}"
    learner_id = node.add_learner(name, rng.randint(2011, 2016), guardian)
    for course_id, lessons in rng.sample(courses, rng.randint(1, 3)):
        start = today - dt.timedelta(days=rng.randint(20, 90))
        node.enrol(learner_id, course_id, start.isoformat())
        pace = rng.choice([0.4, 0.7, 1.0, 1.0, 1.3])
        weeks = (today - start).days // 7
        done = min(len(lessons), max(0, round(weeks * pace)))
        for k, lesson_id in enumerate(lessons[:done]):
            when = min(today, start + dt.timedelta(days=7 * k + rng.randint(0, 6)))
            node.record_progress(learner_id, lesson_id, rng.randint(20, 60), date=when.isoformat())
        if done < len(lessons) and rng.random() < 0.5:
            node.record_progress(
                learner_id,
                lessons[done],
                rng.randint(10, 30),
                completed=False,
                date=today.isoformat(),
            )
        for k in range(rng.randint(1, 3)):
            quiz = ["Quiz 1", "Quiz 2", "End of unit test"][k]
            mark = min(20.0, max(4.0, rng.gauss(14, 3)))
            when = min(today, start + dt.timedelta(days=14 * (k + 1)))
            node.record_result(learner_id, course_id, quiz, round(mark), 20, when.isoformat())
    reliability = rng.choice([0.98, 0.95, 0.9, 0.9, 0.8, 0.65])
    for day in days:
        node.record_attendance(learner_id, day, rng.random() < reliability)
    if n % 9 == 0:
        node.update_learner(
            learner_id, notes="Needs glasses for reading from the board; sits in front."
        )


def _resources(node: Node, river: Node, hilltop: Node, pin: str) -> None:
    """The Resources page's sample: needs and offers of three schools, and a fund this
    school holds with Riverside (two approvals), with one allocation made and one waiting."""
    river.set_admin_pin(pin)
    books = node.add_need(item="Grade 5 mathematics textbooks", quantity=35, unit="books",
                          cost="1750.00", currency="USD", priority="high",
                          note="one per learner")  # fmt: skip
    node.add_need(item="Projector bulb", quantity=1, cost="85", currency="USD",
                  priority="medium")  # fmt: skip
    node.add_offer(item="Chairs for a term", quantity=12, note="spare since the new hall")
    lab = river.add_need(item="Science teacher training (3 days)", quantity=2, unit="teachers",
                         cost="600", currency="USD", priority="high")  # fmt: skip
    river.add_need(item="Football nets", quantity=2, priority="low")
    kit = river.add_offer(item="Microscopes", quantity=4, note="can lend for a term")
    _copy(hilltop, node, hilltop.school_id)
    hilltop.add_need(item="Rain water tank", quantity=1, cost="950", currency="USD",
                     priority="high")  # fmt: skip
    for doc_id, _meta in hilltop.store.documents("need"):
        _copy(hilltop, node, doc_id)
    _copy(node, river, node.school_id)
    for kind in ("need", "offer"):
        for doc_id, _meta in river.store.documents(kind):
            _copy(river, node, doc_id)
    _copy(node, river, books)
    river.respond_to_need(kit, lab)
    _copy(river, node, kit)
    fund = node.create_fund("District learning fund", "USD",
                            [node.school_id, river.school_id], 2, pin)  # fmt: skip
    node.contribute(fund, "2000", "District education office")
    node.contribute(fund, "350.50", "Parents' harvest sale")
    first = node.propose_allocation(fund, books, "1200")
    node.approve_allocation(first, pin)
    _copy(node, river, fund)
    river.approve_allocation(first, pin)
    river.propose_allocation(fund, lab, "600")
    _copy(river, node, fund)


def make_sample(
    home: str | os.PathLike[str] | None = None,
    *,
    learners: int = 60,
    seed: int = 7,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> dict[str, Any]:
    """Create (or add to) a node in ``home`` with sample data; returns a summary.

    ``progress(done, total)`` counts learners; ``cancel`` is consulted between groups of
    ``LEARNER_GROUP`` learners, each group one transaction (Cancelled: the learners made
    so far stay, whole; the data folder is not marked as holding the sample)."""
    rng = random.Random(seed)
    paths = Paths(resolve_home(home))
    if paths.initialised():
        node = Node(paths.home)
        if node.store.setting("sample_data"):
            node.close()
            raise ValidationError(f"{paths.home} already holds the sample data")
        if not node.school_id:
            node.close()
            raise ValidationError(
                "this node is not in a school; sample data needs one (use another --home)"
            )
        pin = ""  # the admin PIN already set there is not ours to know
        if node.store.setting("admin_pin") is None:
            node.set_admin_pin(ADMIN_PIN)
            pin = ADMIN_PIN
    else:
        node = Node.init(paths.home, name=NODE_NAME, school_name=SCHOOL, admin_pin=ADMIN_PIN)
        pin = ADMIN_PIN
    today = dt.date.today()
    days = _school_days(today, 20)
    with node:
        courses: list[tuple[str, list[str]]] = []
        with node.batch():
            for spec in COURSES:
                courses.append(_add_course(node, spec))
        report(progress, 0, learners)
        for first in range(0, learners, LEARNER_GROUP):
            checkpoint(cancel, first, learners, "making the sample data")
            with node.batch():  # each group its own transaction: a stop keeps whole learners
                for n in range(first, min(first + LEARNER_GROUP, learners)):
                    _add_learner(node, n, rng, courses, today, days)
            report(progress, min(first + LEARNER_GROUP, learners), learners)
        with tempfile.TemporaryDirectory(prefix="edunode-sample-") as scratch:
            _peers(node, Path(scratch), pin)
        node.store.set_setting("sample_data", True)
        return {
            "home": str(node.paths.home),
            "school": node.school_name,
            "courses": len(courses),
            "learners": node.count_learners(),
            "admin_pin": pin or "(unchanged)",
        }
