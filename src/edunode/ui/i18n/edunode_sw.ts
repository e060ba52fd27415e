<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About EduNode</source>
        <translation>Kuhusu EduNode</translation>
    </message>
    <message>
        <source>EduNode {version}</source>
        <translation>EduNode {version}</translation>
    </message>
    <message>
        <source>School records that stay on the school&apos;s own PCs and sync between them, with or without the internet.</source>
        <translation>Rekodi za shule zinazobaki kwenye kompyuta za shule yenyewe na kusawazishwa kati yake, kwa intaneti au bila intaneti.</translation>
    </message>
    <message>
        <source>Other admins compare this ID when they link with this PC.</source>
        <translation>Wasimamizi wengine hulinganisha kitambulisho hiki wanapounganisha na kompyuta hii.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Toleo:</translation>
    </message>
    <message>
        <source>This PC:</source>
        <translation>Kompyuta hii:</translation>
    </message>
    <message>
        <source>Node ID:</source>
        <translation>Kitambulisho cha nodi:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folda ya data:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Leseni:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Maktaba</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Leseni</translation>
    </message>
    <message>
        <source>Libraries used</source>
        <translation>Maktaba zilizotumika</translation>
    </message>
    <message>
        <source>EduNode is built with these libraries:</source>
        <translation>EduNode imejengwa kwa maktaba hizi:</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Shughuli</translation>
    </message>
    <message>
        <source>Node created</source>
        <translation>Nodi imeundwa</translation>
    </message>
    <message>
        <source>PC renamed</source>
        <translation>Jina la kompyuta limebadilishwa</translation>
    </message>
    <message>
        <source>Link request received</source>
        <translation>Ombi la kuunganisha limepokelewa</translation>
    </message>
    <message>
        <source>Link request sent</source>
        <translation>Ombi la kuunganisha limetumwa</translation>
    </message>
    <message>
        <source>Link approved</source>
        <translation>Muunganisho umeidhinishwa</translation>
    </message>
    <message>
        <source>Link refused</source>
        <translation>Muunganisho umekataliwa</translation>
    </message>
    <message>
        <source>PC blocked</source>
        <translation>Kompyuta imezuiwa</translation>
    </message>
    <message>
        <source>PC unblocked</source>
        <translation>Kompyuta imefunguliwa</translation>
    </message>
    <message>
        <source>Link revoked</source>
        <translation>Muunganisho umebatilishwa</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation>Mabadiliko yamekataliwa</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Tukio</translation>
    </message>
    <message>
        <source>Admin PIN changed</source>
        <translation>PIN ya msimamizi imebadilishwa</translation>
    </message>
    <message>
        <source>Wrong admin PIN</source>
        <translation>PIN ya msimamizi si sahihi</translation>
    </message>
    <message>
        <source>PC joined the school</source>
        <translation>Kompyuta imejiunga na shule</translation>
    </message>
    <message>
        <source>PC removed from the school</source>
        <translation>Kompyuta imeondolewa shuleni</translation>
    </message>
    <message>
        <source>Joined a school</source>
        <translation>Imejiunga na shule</translation>
    </message>
    <message>
        <source>Course maintainer added</source>
        <translation>Msimamizi wa kozi ameongezwa</translation>
    </message>
    <message>
        <source>Course maintainer removed</source>
        <translation>Mtunzaji wa kozi ameondolewa</translation>
    </message>
    <message>
        <source>Course adapted</source>
        <translation>Kozi imetoholewa</translation>
    </message>
    <message>
        <source>Update taken from an original course</source>
        <translation>Sasisho limechukuliwa kutoka kozi asili</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Ingiza</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
    <message>
        <source>Record bundle imported</source>
        <translation>Faili ya rekodi imeingizwa</translation>
    </message>
    <message>
        <source>Record bundle exported</source>
        <translation>Faili ya rekodi imehamishwa</translation>
    </message>
    <message>
        <source>Learner&apos;s record purged</source>
        <translation>Rekodi ya mwanafunzi imefutwa</translation>
    </message>
    <message>
        <source>School data exported</source>
        <translation>Data za shule zimehamishwa</translation>
    </message>
    <message>
        <source>Introduction written to USB</source>
        <translation>Utambulisho umeandikwa kwenye kifaa cha USB</translation>
    </message>
    <message>
        <source>USB package written</source>
        <translation>Kifurushi cha USB kimeandikwa</translation>
    </message>
    <message>
        <source>USB package imported</source>
        <translation>Kifurushi cha USB kimeingizwa</translation>
    </message>
    <message>
        <source>USB package refused</source>
        <translation>Kifurushi cha USB kimekataliwa</translation>
    </message>
    <message>
        <source>Link request expired</source>
        <translation>Ombi la kuunganisha limekwisha muda</translation>
    </message>
    <message>
        <source>Records repaired</source>
        <translation>Rekodi zimerekebishwa</translation>
    </message>
    <message>
        <source>Need posted</source>
        <translation>Hitaji limechapishwa</translation>
    </message>
    <message>
        <source>Offer posted</source>
        <translation>Ofa imechapishwa</translation>
    </message>
    <message>
        <source>Fund created</source>
        <translation>Mfuko umeundwa</translation>
    </message>
    <message>
        <source>Contribution recorded</source>
        <translation>Mchango umerekodiwa</translation>
    </message>
    <message>
        <source>Allocation proposed</source>
        <translation>Mgao umependekezwa</translation>
    </message>
    <message>
        <source>Allocation approved</source>
        <translation>Mgao umeidhinishwa</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Nakala rudufu imefanywa</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Nakala rudufu imeshindikana</translation>
    </message>
    <message>
        <source>Automatic backups changed</source>
        <translation>Nakala rudufu za kiotomatiki zimebadilishwa</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Imerejeshwa kutoka nakala rudufu</translation>
    </message>
    <message>
        <source>Took the place of the backed-up PC</source>
        <translation>Imechukua nafasi ya kompyuta iliyohifadhiwa</translation>
    </message>
    <message>
        <source>Backup sent to the archive</source>
        <translation>Nakala ya akiba imetumwa kwenye hifadhi</translation>
    </message>
    <message>
        <source>A school&apos;s backup kept</source>
        <translation>Nakala ya akiba ya shule imehifadhiwa</translation>
    </message>
    <message>
        <source>A school&apos;s backup sent back</source>
        <translation>Nakala ya akiba ya shule imerudishwa</translation>
    </message>
    <message>
        <source>PC allowed to fetch a school&apos;s backups</source>
        <translation>Kompyuta imeruhusiwa kuchukua nakala za akiba za shule</translation>
    </message>
    <message>
        <source>Community summary published</source>
        <translation>Muhtasari wa jumuiya umechapishwa</translation>
    </message>
    <message>
        <source>Community summary not published</source>
        <translation>Muhtasari wa jumuiya haukuchapishwa</translation>
    </message>
    <message>
        <source>Course created</source>
        <translation>Kozi imeundwa</translation>
    </message>
    <message>
        <source>Course details changed</source>
        <translation>Maelezo ya kozi yamebadilishwa</translation>
    </message>
    <message>
        <source>Lessons changed</source>
        <translation>Masomo yamebadilishwa</translation>
    </message>
    <message>
        <source>Course maintainers changed</source>
        <translation>Wasimamizi wa kozi wamebadilishwa</translation>
    </message>
    <message>
        <source>Learner added</source>
        <translation>Mwanafunzi ameongezwa</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Matokeo yamerekodiwa</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Mahudhurio yamerekodiwa</translation>
    </message>
    <message>
        <source>Progress recorded</source>
        <translation>Maendeleo yamerekodiwa</translation>
    </message>
    <message>
        <source>Enrolment changed</source>
        <translation>Usajili umebadilishwa</translation>
    </message>
    <message>
        <source>Learner details changed</source>
        <translation>Maelezo ya mwanafunzi yamebadilishwa</translation>
    </message>
    <message>
        <source>Learner record changed</source>
        <translation>Rekodi ya mwanafunzi imebadilishwa</translation>
    </message>
    <message>
        <source>created</source>
        <translation>kuundwa</translation>
    </message>
    <message>
        <source>details</source>
        <translation>maelezo</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>masomo</translation>
    </message>
    <message>
        <source>maintainers</source>
        <translation>wasimamizi</translation>
    </message>
    <message>
        <source>results</source>
        <translation>matokeo</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>mahudhurio</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>maendeleo</translation>
    </message>
    <message>
        <source>enrolments</source>
        <translation>usajili</translation>
    </message>
    <message>
        <source>record</source>
        <translation>rekodi</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Kila kitu</translation>
    </message>
    <message>
        <source>Teaching activity</source>
        <translation>Shughuli za ufundishaji</translation>
    </message>
    <message>
        <source>Courses and lessons</source>
        <translation>Kozi na masomo</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Wanafunzi</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>Registers and attendance</source>
        <translation>Madaftari na mahudhurio</translation>
    </message>
    <message>
        <source>Link requests</source>
        <translation>Maombi ya kuunganisha</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Idhini</translation>
    </message>
    <message>
        <source>Refusals and blocks</source>
        <translation>Makataa na vizuizi</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Ubatilishaji</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Mabadiliko yaliyokataliwa</translation>
    </message>
    <message>
        <source>Imports and exports</source>
        <translation>Uingizaji na uhamishaji</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>Nakala rudufu na urejeshaji</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN ya msimamizi</translation>
    </message>
    <message>
        <source>School membership</source>
        <translation>Uanachama wa shule</translation>
    </message>
    <message>
        <source>Needs, offers and funds</source>
        <translation>Mahitaji, ofa na mifuko</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Aina ya shughuli</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Ilipotokea</translation>
    </message>
    <message>
        <source>On any PC</source>
        <translation>Kwenye kompyuta yoyote</translation>
    </message>
    <message>
        <source>On this PC</source>
        <translation>Kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>Received from other PCs</source>
        <translation>Imepokelewa kutoka kompyuta nyingine</translation>
    </message>
    <message>
        <source>Filter by text (a name, a school, a reason…)</source>
        <translation>Chuja kwa maandishi (jina, shule, sababu…)</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Chuja shughuli</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Onyesha:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>Kompyuta</translation>
    </message>
    <message>
        <source>a course</source>
        <translation>kozi</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>mwanafunzi</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {parts} (%n changes)</source>
        <translation>
            <numerusform>{title}: {parts} (badiliko %n)</numerusform>
            <numerusform>{title}: {parts} (mabadiliko %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>received from {pc}</source>
        <translation>imepokelewa kutoka {pc}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entries</source>
        <translation>
            <numerusform>{shown} kati ya kipengele %n</numerusform>
            <numerusform>{shown} kati ya vipengele %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>kipengele %n</numerusform>
            <numerusform>vipengele %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdaptDialog</name>
    <message>
        <source>Adapt a course</source>
        <translation>Tohoa kozi</translation>
    </message>
    <message>
        <source>Make a course of this school from “{course}”: its modules and lessons are copied, and the original is named as the source. Title of the new course:</source>
        <translation>Tengeneza kozi ya shule hii kutoka “{course}”: moduli na masomo yake yanakiliwa, na kozi asili inatajwa kama chanzo. Kichwa cha kozi mpya:</translation>
    </message>
    <message>
        <source>course title</source>
        <translation>kichwa cha kozi</translation>
    </message>
    <message>
        <source>Share this course with the other schools of the community</source>
        <translation>Shiriki kozi hii na shule nyingine za jumuiya</translation>
    </message>
    <message>
        <source>&amp;Adapt</source>
        <translation>&amp;Tohoa</translation>
    </message>
</context>
<context>
    <name>AdaptedNotice</name>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>&amp;Tazama mabadiliko…</translation>
    </message>
    <message>
        <source>See what changed in the original course and take it, lesson by lesson</source>
        <translation>Tazama kilichobadilika katika kozi asili na ukichukue, somo kwa somo</translation>
    </message>
    <message>
        <source>Adapted from “{course}” by {school}</source>
        <translation>Imetoholewa kutoka “{course}” ya {school}</translation>
    </message>
    <message numerus="yes">
        <source>%n lessons changed in the original course</source>
        <translation>
            <numerusform>Somo %n limebadilika katika kozi asili</numerusform>
            <numerusform>Masomo %n yamebadilika katika kozi asili</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unlock EduNode</source>
        <translation>Fungua EduNode</translation>
    </message>
    <message>
        <source>This PC&apos;s key is protected. Passphrase:</source>
        <translation>Ufunguo wa kompyuta hii umelindwa. Neno la siri:</translation>
    </message>
    <message>
        <source>Starting the network…</source>
        <translation>Inaanzisha mtandao…</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Mahudhurio</translation>
    </message>
    <message>
        <source>Day of the attendance</source>
        <translation>Siku ya mahudhurio</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Yupo</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>&amp;Hayupo</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>&amp;Hifadhi mahudhurio</translation>
    </message>
    <message>
        <source>Record attendance for a day</source>
        <translation>Rekodi mahudhurio ya siku moja</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Siku:</translation>
    </message>
    <message numerus="yes">
        <source>Present {present} of %n recorded days ({rate})</source>
        <translation>
            <numerusform>Alikuwepo {present} kati ya siku %n iliyorekodiwa ({rate})</numerusform>
            <numerusform>Alikuwepo {present} kati ya siku %n zilizorekodiwa ({rate})</numerusform>
        </translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>Bado hakuna mahudhurio yaliyorekodiwa.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Yupo</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Hayupo</translation>
    </message>
    <message>
        <source>Attendance saved.</source>
        <translation>Mahudhurio yamehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <source>Set up backups</source>
        <translation>Weka nakala rudufu</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Hifadhi nakala sasa</translation>
    </message>
    <message>
        <source>EduNode writes one encrypted file with all of this PC&apos;s records, settings and keys. Nobody can open it without the passphrase, not even EduNode: write the passphrase down and keep it apart from the stick.</source>
        <translation>EduNode inaandika faili moja lililosimbwa lenye kumbukumbu, mipangilio na funguo zote za kompyuta hii. Hakuna anayeweza kulifungua bila kaulisiri, hata EduNode: iandike kaulisiri na uiweke mbali na flash.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Folda ya nakala rudufu</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chagua…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folda:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Kaulisiri ya nakala rudufu</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Kaulisiri ya nakala rudufu tena</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Kaulisiri:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Tena:</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN ya msimamizi</translation>
    </message>
    <message>
        <source>Admin P&amp;IN:</source>
        <translation>P&amp;IN ya msimamizi:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Hifadhi nakala</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Subiri sekunde {seconds}</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backup</source>
        <translation>Nakala rudufu</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with all of this PC&apos;s records, settings and keys. Keep it on a USB stick or a second disk, away from this PC. If the PC breaks, the backup and its passphrase bring everything back on a new PC.</source>
        <translation>Nakala rudufu ni faili moja lililosimbwa lenye kumbukumbu, mipangilio na funguo zote za kompyuta hii. Iweke kwenye flash au diski ya pili, mbali na kompyuta hii. Kompyuta ikiharibika, nakala rudufu na kaulisiri yake vinarudisha kila kitu kwenye kompyuta mpya.</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Nakala rudufu ya mwisho:</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Nakala rudufu za kiotomatiki:</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>Hifadhi nakala &amp;sasa…</translation>
    </message>
    <message>
        <source>Write a backup now (admin PIN and a passphrase)</source>
        <translation>Andika nakala rudufu sasa (PIN ya msimamizi na kaulisiri)</translation>
    </message>
    <message>
        <source>Automatic backups while EduNode runs</source>
        <translation>Nakala rudufu za kiotomatiki EduNode ikiwa inaendeshwa</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Folda ya nakala rudufu za kiotomatiki</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a second disk</source>
        <translation>Folda kwenye flash au diski ya pili</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chagua…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folda:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Mara ngapi</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Mara ngapi:</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Nakala rudufu ngapi za kuweka</translation>
    </message>
    <message>
        <source>of this PC&apos;s newest backups; older ones are deleted</source>
        <translation>za nakala rudufu mpya zaidi za kompyuta hii; za zamani zinafutwa</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Weka:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Kaulisiri ya nakala rudufu</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Kaulisiri ya nakala rudufu tena</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Kaulisiri:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Kaulisiri &amp;tena:</translation>
    </message>
    <message>
        <source>At least 8 characters. Whoever restores a backup needs this passphrase, and nobody can recover it, not even EduNode: write it down and keep it somewhere safe, apart from the stick.</source>
        <translation>Angalau herufi 8. Anayerejesha nakala rudufu anahitaji kaulisiri hii, na hakuna anayeweza kuipata tena, hata EduNode: iandike na uiweke mahali salama, mbali na flash.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN ya msimamizi</translation>
    </message>
    <message>
        <source>Admin P&amp;IN:</source>
        <translation>P&amp;IN ya msimamizi:</translation>
    </message>
    <message>
        <source>&amp;Turn off…</source>
        <translation>&amp;Zima…</translation>
    </message>
    <message>
        <source>Stop the automatic backups (the files stay)</source>
        <translation>Simamisha nakala rudufu za kiotomatiki (faili zinabaki)</translation>
    </message>
    <message>
        <source>&amp;Save backup settings</source>
        <translation>&amp;Hifadhi mipangilio ya nakala rudufu</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Kila siku</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Kila wiki</translation>
    </message>
    <message>
        <source>Every {days} days</source>
        <translation>Kila siku {days}</translation>
    </message>
    <message>
        <source>Every {hours} hours</source>
        <translation>Kila saa {hours}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>kamwe</translation>
    </message>
    <message numerus="yes">
        <source>(%n days ago)</source>
        <translation>
            <numerusform>(siku %n iliyopita)</numerusform>
            <numerusform>(siku %n zilizopita)</numerusform>
        </translation>
    </message>
    <message>
        <source>Off. Choose a folder and a passphrase below.</source>
        <translation>Zimezimwa. Chagua folda na kaulisiri hapa chini.</translation>
    </message>
    <message>
        <source>{every}, to {folder}. The next one is due now.</source>
        <translation>{every}, kwenye {folder}. Inayofuata inahitajika sasa.</translation>
    </message>
    <message>
        <source>{every}, to {folder}. Next: {when}.</source>
        <translation>{every}, kwenye {folder}. Inayofuata: {when}.</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>Nakala rudufu ya kiotomatiki ya mwisho imeshindikana: {reason}</translation>
    </message>
    <message>
        <source>Please type the admin PIN.</source>
        <translation>Tafadhali andika PIN ya msimamizi.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups</source>
        <translation>Chagua folda ya nakala rudufu</translation>
    </message>
    <message>
        <source>Automatic backups are on: {every}, to {folder}.</source>
        <translation>Nakala rudufu za kiotomatiki zimewashwa: {every}, kwenye {folder}.</translation>
    </message>
    <message>
        <source>Turn off automatic backups</source>
        <translation>Zima nakala rudufu za kiotomatiki</translation>
    </message>
    <message>
        <source>EduNode stops making backups by itself and forgets the passphrase. The backups already made stay where they are.</source>
        <translation>EduNode inaacha kufanya nakala rudufu yenyewe na inasahau kaulisiri. Nakala rudufu zilizokwisha fanywa zinabaki zilipo.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Zima</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Nakala rudufu za kiotomatiki zimezimwa.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Nakala rudufu imeandikwa kwenye {path}.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Inahifadhi nakala</translation>
    </message>
    <message>
        <source>Writing the encrypted backup to {folder}…</source>
        <translation>Inaandika nakala rudufu iliyosimbwa kwenye {folder}…</translation>
    </message>
    <message>
        <source>{done} of {total} MB</source>
        <translation>MB {done} kati ya {total}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close this message</source>
        <translation>Funga ujumbe huu</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Funga ujumbe</translation>
    </message>
</context>
<context>
    <name>BundleSummaryDialog</name>
    <message>
        <source>This bundle does not give {name}&apos;s record to another school (an older EduNode made it): ask {school} for a new one.</source>
        <translation>Faili hii haikabidhi rekodi ya {name} kwa shule nyingine (EduNode ya zamani iliitengeneza): omba mpya kutoka {school}.</translation>
    </message>
    <message>
        <source>This bundle was given by this school: it is for the school the learner moves to.</source>
        <translation>Faili hii ilitolewa na shule hii: ni kwa ajili ya shule anayohamia mwanafunzi.</translation>
    </message>
    <message>
        <source>This bundle gives {name} to {school}, not to this school: ask for a bundle made out to this one, or an open one.</source>
        <translation>Faili hii inamkabidhi {name} kwa {school}, si kwa shule hii: omba faili iliyoandikiwa shule hii, au iliyo wazi.</translation>
    </message>
    <message>
        <source>The record bundle of {name} (born {year}) from {school} checks out:</source>
        <translation>Faili ya rekodi ya {name} (aliyezaliwa {year}) kutoka {school} ni halali:</translation>
    </message>
    <message>
        <source>The record bundle of {name} from {school} checks out:</source>
        <translation>Faili ya rekodi ya {name} kutoka {school} ni halali:</translation>
    </message>
    <message numerus="yes">
        <source>{course}: %n results</source>
        <translation>
            <numerusform>{course}: tokeo %n</numerusform>
            <numerusform>{course}: matokeo %n</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody (an older bundle)</source>
        <translation>hakuna (faili ya zamani)</translation>
    </message>
    <message>
        <source>any school (an open record bundle: the first school to import it)</source>
        <translation>shule yoyote (faili iliyo wazi: shule ya kwanza kuiingiza)</translation>
    </message>
    <message>
        <source>this school</source>
        <translation>shule hii</translation>
    </message>
    <message>
        <source>{school}, on {date}</source>
        <translation>{school}, tarehe {date}</translation>
    </message>
    <message>
        <source>From: {school} (school ID {id})</source>
        <translation>Kutoka: {school} (kitambulisho cha shule {id})</translation>
    </message>
    <message>
        <source>Issued: {date}</source>
        <translation>Imetolewa: {date}</translation>
    </message>
    <message>
        <source>Courses: {courses}</source>
        <translation>Kozi: {courses}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>Results: {results} · Days of attendance: {days}</source>
        <translation>Matokeo: {results} · Siku za mahudhurio: {days}</translation>
    </message>
    <message>
        <source>Released to: {school}</source>
        <translation>Imekabidhiwa kwa: {school}</translation>
    </message>
    <message>
        <source>Fingerprint (as on the printed transcript):</source>
        <translation>Alama ya utambulisho (kama kwenye nakala iliyochapishwa):</translation>
    </message>
    <message>
        <source>Proofs:</source>
        <translation>Uthibitisho:</translation>
    </message>
    <message>
        <source>Its signatures and every change in it check out: a PC of that school made them. Whether the school is who it says is your call: compare its school ID with the one the old school gives you by phone.</source>
        <translation>Sahihi zake na kila badiliko ndani yake ni halali: kompyuta ya shule hiyo ndiyo ilizifanya. Kama shule ni ile inayosema, ni uamuzi wako: linganisha kitambulisho chake na kile shule ya zamani inachokupa kwa simu.</translation>
    </message>
    <message>
        <source>Import continues {name}&apos;s record at this school: the same learner, with every record the old school wrote. The admin PIN is asked next.</source>
        <translation>Kuingiza kunaendeleza rekodi ya {name} katika shule hii: mwanafunzi yule yule, pamoja na kila rekodi iliyoandikwa na shule ya zamani. PIN ya msimamizi itaombwa baadaye.</translation>
    </message>
    <message>
        <source>Import a record bundle</source>
        <translation>Ingiza faili ya rekodi</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Endelea…</translation>
    </message>
</context>
<context>
    <name>ClassListDialog</name>
    <message>
        <source>Import a class list</source>
        <translation>Ingiza orodha ya darasa</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n rows have a problem (in red).</source>
        <translation>
            <numerusform>{file}: safu %n ina tatizo (kwa rangi nyekundu).</numerusform>
            <numerusform>{file}: safu %n zina tatizo (kwa rangi nyekundu).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be imported until every row is right: correct the file and choose it again.</source>
        <translation>Hakuna kitakachoingizwa mpaka kila safu iwe sahihi: rekebisha faili kisha uichague tena.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n learners to add. Check them, then press Import.</source>
        <translation>
            <numerusform>{file}: mwanafunzi %n wa kuongeza. Mkague, kisha bonyeza Ingiza.</numerusform>
            <numerusform>{file}: wanafunzi %n wa kuongeza. Wakague, kisha bonyeza Ingiza.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Mstari</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Mwaka wa kuzaliwa</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Mlezi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Tatizo</translation>
    </message>
    <message>
        <source>Class list preview</source>
        <translation>Onyesho la orodha ya darasa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>No course (add them only)</source>
        <translation>Hakuna kozi (waongeze tu)</translation>
    </message>
    <message>
        <source>Also enrol them in this course</source>
        <translation>Pia wasajili kwenye kozi hii</translation>
    </message>
    <message>
        <source>Also enrol them in:</source>
        <translation>Pia wasajili kwenye:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Ingiza</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>Community</source>
        <translation>Jumuiya</translation>
    </message>
    <message>
        <source>This PC is not in a school yet. Choose a PC of your school under “Found on the network” and ask to join its school; its admin approves with their PIN.</source>
        <translation>Kompyuta hii bado haiko kwenye shule yoyote. Chagua kompyuta ya shule yako chini ya “Zilizopatikana kwenye mtandao” na uombe kujiunga na shule yake; msimamizi wake huidhinisha kwa PIN yake.</translation>
    </message>
    <message>
        <source>Link requests waiting for you</source>
        <translation>Maombi ya kuunganisha yanayokusubiri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Shule</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Msimbo wa uthibitisho</translation>
    </message>
    <message>
        <source>No link request is waiting.</source>
        <translation>Hakuna ombi la kuunganisha linalosubiri.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Idhinisha…</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;Kataa…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Zuia…</translation>
    </message>
    <message>
        <source>Refuse and ignore every later request from this PC</source>
        <translation>Kataa na upuuze kila ombi litakalofuata kutoka kompyuta hii</translation>
    </message>
    <message>
        <source>Linked PCs</source>
        <translation>Kompyuta zilizounganishwa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Mtandaoni</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Usawazishaji wa mwisho</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Zilizopokelewa</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Zilizotumwa</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zilizokataliwa</translation>
    </message>
    <message>
        <source>No PC is linked yet. Approve a request above, or ask a PC found on the network.</source>
        <translation>Bado hakuna kompyuta iliyounganishwa. Idhinisha ombi hapo juu, au omba kompyuta iliyopatikana kwenye mtandao.</translation>
    </message>
    <message>
        <source>Received and Sent count changes; Rejected counts changes refused as invalid</source>
        <translation>Zilizopokelewa na Zilizotumwa huhesabu mabadiliko; Zilizokataliwa huhesabu mabadiliko yaliyokataliwa kwa kuwa si halali</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sa&amp;wazisha sasa</translation>
    </message>
    <message>
        <source>Connect to every linked PC that can be reached and exchange changes now</source>
        <translation>Unganisha sasa na kila kompyuta iliyounganishwa inayoweza kufikiwa na ubadilishane mabadiliko</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Batilisha…</translation>
    </message>
    <message>
        <source>Found on the network</source>
        <translation>Zilizopatikana kwenye mtandao</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>No other EduNode PC found yet.</source>
        <translation>Bado hakuna kompyuta nyingine ya EduNode iliyopatikana.</translation>
    </message>
    <message>
        <source>Ask to &amp;link</source>
        <translation>Omba ku&amp;unganisha</translation>
    </message>
    <message>
        <source>Ask to &amp;join its school</source>
        <translation>Omba kujiunga na &amp;shule yake</translation>
    </message>
    <message>
        <source>&amp;Introduce this PC…</source>
        <translation>&amp;Tambulisha kompyuta hii…</translation>
    </message>
    <message>
        <source>&amp;Write packages…</source>
        <translation>&amp;Andika vifurushi…</translation>
    </message>
    <message>
        <source>Rea&amp;d from stick…</source>
        <translation>So&amp;ma kutoka kifaa…</translation>
    </message>
    <message>
        <source>Refused, blocked and revoked</source>
        <translation>Zilizokataliwa, zilizozuiwa na zilizobatilishwa</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Hakuna.</translation>
    </message>
    <message>
        <source>Approve a&amp;gain…</source>
        <translation>Idhinisha &amp;tena…</translation>
    </message>
    <message>
        <source>Sync with {name} keeps failing: {problem}.</source>
        <translation>Usawazishaji na {name} unaendelea kushindwa: {problem}.</translation>
    </message>
    <message>
        <source> Next try in {s} s.</source>
        <translation> Jaribio lijalo baada ya sekunde {s}.</translation>
    </message>
    <message>
        <source>Community peer</source>
        <translation>Mshirika wa jumuiya</translation>
    </message>
    <message>
        <source>Member of this school</source>
        <translation>Mwanachama wa shule hii</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Imepatikana</translation>
    </message>
    <message>
        <source>Request sent, waiting for their admin</source>
        <translation>Ombi limetumwa, linasubiri msimamizi wao</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Imekataliwa</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Imezuiwa</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Imebatilishwa</translation>
    </message>
    <message>
        <source>(no school yet)</source>
        <translation>(bado haina shule)</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Mtandaoni</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Nje ya mtandao</translation>
    </message>
    <message>
        <source>never</source>
        <translation>bado</translation>
    </message>
    <message numerus="yes">
        <source>%n link requests were dropped: too many were waiting, or newer ones from the same address replaced them (last: {when}). If a PC you expect is not listed, ask it to send its request again.</source>
        <translation>
            <numerusform>Ombi %n la kuunganisha limeachwa: yalikuwa mengi mno yanayosubiri, au jipya zaidi kutoka anwani ileile limelichukua nafasi (la mwisho: {when}). Ikiwa kompyuta unayoitarajia haionekani, iombe itume ombi lake tena.</numerusform>
            <numerusform>Maombi %n ya kuunganisha yameachwa: yalikuwa mengi mno yanayosubiri, au mapya zaidi kutoka anwani ileile yamechukua nafasi yake (la mwisho: {when}). Ikiwa kompyuta unayoitarajia haionekani, iombe itume ombi lake tena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Node ID {id}</source>
        <translation>Kitambulisho cha nodi {id}</translation>
    </message>
    <message>
        <source>The network service is not running on this PC.</source>
        <translation>Huduma ya mtandao haifanyi kazi kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Approve the link</source>
        <translation>Idhinisha muunganisho</translation>
    </message>
    <message>
        <source>Link with “{name}” ({school})? First check that its screen shows the same verification code. A member of this school also receives the learner records.</source>
        <translation>Unganisha na “{name}” ({school})? Kwanza hakikisha skrini yake inaonyesha msimbo uleule wa uthibitisho. Mwanachama wa shule hii pia hupokea rekodi za wanafunzi.</translation>
    </message>
    <message>
        <source>no school yet</source>
        <translation>bado haina shule</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Idhinisha</translation>
    </message>
    <message>
        <source>Linked with {name}.</source>
        <translation>Imeunganishwa na {name}.</translation>
    </message>
    <message>
        <source>Refuse “{name}” and ignore its requests from now on?</source>
        <translation>Kataa “{name}” na upuuze maombi yake kuanzia sasa?</translation>
    </message>
    <message>
        <source>Refuse the link request from “{name}”? It may ask again later.</source>
        <translation>Kataa ombi la kuunganisha kutoka “{name}”? Inaweza kuomba tena baadaye.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Zuia</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Kataa ombi</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Kataa</translation>
    </message>
    <message>
        <source>{name} blocked.</source>
        <translation>{name} imezuiwa.</translation>
    </message>
    <message>
        <source>Request from {name} refused.</source>
        <translation>Ombi kutoka {name} limekataliwa.</translation>
    </message>
    <message>
        <source>Revoke the link</source>
        <translation>Batilisha muunganisho</translation>
    </message>
    <message>
        <source>Stop all exchange with “{name}” now? What it already received stays there. A PC of this school is also removed from the school.</source>
        <translation>Sitisha sasa mabadilishano yote na “{name}”? Kile ilichokwisha kupokea kinabaki huko. Kompyuta ya shule hii pia huondolewa shuleni.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Batilisha</translation>
    </message>
    <message>
        <source>Link with {name} revoked.</source>
        <translation>Muunganisho na {name} umebatilishwa.</translation>
    </message>
    <message>
        <source>Syncing with every linked PC that can be reached. Progress shows below.</source>
        <translation>Inasawazisha na kila kompyuta iliyounganishwa inayoweza kufikiwa. Maendeleo yanaonyeshwa hapa chini.</translation>
    </message>
    <message>
        <source>Join a school</source>
        <translation>Jiunge na shule</translation>
    </message>
    <message>
        <source>Ask “{name}” to let this PC join its school “{school}”?</source>
        <translation>Omba “{name}” iruhusu kompyuta hii kujiunga na shule yake “{school}”?</translation>
    </message>
    <message>
        <source>Ask to join</source>
        <translation>Omba kujiunga</translation>
    </message>
    <message>
        <source>Request sent to {name}. Its admin should see the verification code {code}; approve it here too when it appears.</source>
        <translation>Ombi limetumwa kwa {name}. Msimamizi wake anapaswa kuona msimbo wa uthibitisho {code}; uidhinishe hapa pia litakapoonekana.</translation>
    </message>
</context>
<context>
    <name>CommunityView</name>
    <message>
        <source>Course shown in the chart</source>
        <translation>Kozi inayoonyeshwa kwenye chati</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>&amp;Chapisha sasa</translation>
    </message>
    <message>
        <source>Publish this school&apos;s summary now: its totals per shared course (they are also sent once a day while EduNode runs)</source>
        <translation>Chapisha muhtasari wa shule hii sasa: jumla zake kwa kila kozi inayoshirikiwa (pia hutumwa mara moja kwa siku EduNode inapoendesha)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Onyesha &amp;upya</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Hamisha CSV…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Chati:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kozi</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Shule</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Wanafunzi</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Ukamilishaji</translation>
    </message>
    <message>
        <source>Average result</source>
        <translation>Wastani wa matokeo</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Mahudhurio</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Imechapishwa</translation>
    </message>
    <message>
        <source>Figures per course and school</source>
        <translation>Takwimu kwa kozi na shule</translation>
    </message>
    <message>
        <source>Chart of the schools&apos; figures for one course</source>
        <translation>Chati ya takwimu za shule kwa kozi moja</translation>
    </message>
    <message>
        <source>Each school publishes totals per shared course, only for groups of at least 5 learners (a smaller group shows as “fewer than 5”): no learner&apos;s name, ID, birth year or own figure leaves a school.</source>
        <translation>Kila shule huchapisha jumla kwa kila kozi inayoshirikiwa, kwa vikundi vya wanafunzi 5 au zaidi tu (kikundi kidogo zaidi huonyeshwa kama “chini ya 5”): hakuna jina, kitambulisho, mwaka wa kuzaliwa au takwimu ya mwanafunzi mmoja inayotoka shuleni.</translation>
    </message>
    <message>
        <source>This school&apos;s summary was published ({n} shared courses).</source>
        <translation>Muhtasari wa shule hii umechapishwa (kozi {n} zinazoshirikiwa).</translation>
    </message>
    <message numerus="yes">
        <source>%n schools</source>
        <translation>
            <numerusform>shule %n</numerusform>
            <numerusform>shule %n</numerusform>
        </translation>
    </message>
    <message>
        <source>this school&apos;s summary published {day}</source>
        <translation>muhtasari wa shule hii ulichapishwa {day}</translation>
    </message>
    <message>
        <source>this school has not published a summary yet</source>
        <translation>shule hii bado haijachapisha muhtasari</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>chini ya 5</translation>
    </message>
    <message>
        <source>Completion %</source>
        <translation>Ukamilishaji %</translation>
    </message>
    <message>
        <source>Average result %</source>
        <translation>Wastani wa matokeo %</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Mahudhurio %</translation>
    </message>
    <message>
        <source>fewer than 5 learners</source>
        <translation>wanafunzi chini ya 5</translation>
    </message>
    <message>
        <source>No community summary yet: schools publish theirs once a day while EduNode runs, and they arrive with the shared courses.</source>
        <translation>Bado hakuna muhtasari wa jumuiya: shule huchapisha wao mara moja kwa siku EduNode inapoendesha, na hufika pamoja na kozi zinazoshirikiwa.</translation>
    </message>
    <message>
        <source>Export the community comparison</source>
        <translation>Hamisha ulinganisho wa shule</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message>
        <source>Comparison saved to {path}.</source>
        <translation>Ulinganisho umehifadhiwa kwenye {path}.</translation>
    </message>
</context>
<context>
    <name>CourseDetails</name>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Hifadhi maelezo</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>‹ All courses</source>
        <translation>‹ Kozi zote</translation>
    </message>
    <message>
        <source>Back to the list of courses (Esc)</source>
        <translation>Rudi kwenye orodha ya kozi (Esc)</translation>
    </message>
    <message>
        <source>Read only: this course is maintained by another school.</source>
        <translation>Kusoma tu: kozi hii inasimamiwa na shule nyingine.</translation>
    </message>
    <message>
        <source>Another school</source>
        <translation>Shule nyingine</translation>
    </message>
    <message>
        <source>&amp;Invite a school…</source>
        <translation>&amp;Alika shule…</translation>
    </message>
    <message>
        <source>Let the chosen school&apos;s PCs edit this course too (admin PIN)</source>
        <translation>Ruhusu kompyuta za shule iliyochaguliwa nazo zihariri kozi hii (PIN ya msimamizi)</translation>
    </message>
    <message>
        <source>Stop &amp;sharing…</source>
        <translation>Acha k&amp;ushiriki…</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Moduli na masomo</translation>
    </message>
    <message>
        <source>Add &amp;module</source>
        <translation>Ongeza &amp;moduli</translation>
    </message>
    <message>
        <source>Add &amp;lesson</source>
        <translation>Ongeza &amp;somo</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Badilisha jina</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sogeza &amp;juu</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Sogeza &amp;chini</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Futa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Inafungua…</translation>
    </message>
    <message>
        <source>Shared with the community</source>
        <translation>Imeshirikiwa na jumuiya</translation>
    </message>
    <message>
        <source>Private to this school</source>
        <translation>Ya shule hii pekee</translation>
    </message>
    <message>
        <source>Last changed by {pc} on {date}</source>
        <translation>Ilibadilishwa mwisho na {pc} tarehe {date}</translation>
    </message>
    <message>
        <source>Add a module</source>
        <translation>Ongeza moduli</translation>
    </message>
    <message>
        <source>Title of the new module:</source>
        <translation>Kichwa cha moduli mpya:</translation>
    </message>
    <message>
        <source>module title</source>
        <translation>kichwa cha moduli</translation>
    </message>
    <message>
        <source>Add a lesson</source>
        <translation>Ongeza somo</translation>
    </message>
    <message>
        <source>Title of the new lesson:</source>
        <translation>Kichwa cha somo jipya:</translation>
    </message>
    <message>
        <source>lesson title</source>
        <translation>kichwa cha somo</translation>
    </message>
    <message>
        <source>New title of the module:</source>
        <translation>Kichwa kipya cha moduli:</translation>
    </message>
    <message>
        <source>New title of the lesson:</source>
        <translation>Kichwa kipya cha somo:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Badilisha jina</translation>
    </message>
    <message>
        <source>Delete the module “{name}” and all its lessons?</source>
        <translation>Futa moduli “{name}” na masomo yake yote?</translation>
    </message>
    <message>
        <source>Delete the lesson “{name}” and its text?</source>
        <translation>Futa somo “{name}” na maandishi yake?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>“{name}” deleted.</source>
        <translation>“{name}” imefutwa.</translation>
    </message>
    <message>
        <source>Course details saved.</source>
        <translation>Maelezo ya kozi yamehifadhiwa.</translation>
    </message>
    <message>
        <source> (owner)</source>
        <translation> (mmiliki)</translation>
    </message>
    <message>
        <source>Maintained by: {schools}</source>
        <translation>Inatunzwa na: {schools}</translation>
    </message>
    <message>
        <source>No other school is known here yet: link a PC of that school first</source>
        <translation>Bado hakuna shule nyingine inayojulikana hapa: kwanza unganisha kompyuta ya shule hiyo</translation>
    </message>
    <message>
        <source>Invite a school</source>
        <translation>Alika shule</translation>
    </message>
    <message>
        <source>Let every PC of {school} edit “{course}” (its lessons, modules and details) with this school? Their edits and yours merge.</source>
        <translation>Ruhusu kila kompyuta ya {school} ihariri “{course}” (masomo, moduli na maelezo yake) pamoja na shule hii? Mabadiliko yao na yako yanaunganishwa.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Alika</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Acha kushiriki</translation>
    </message>
    <message>
        <source>Stop {school} editing “{course}”? Edits its PCs make from now on are refused everywhere; what they wrote before stays.</source>
        <translation>Zuia {school} kuhariri “{course}”? Mabadiliko ambayo kompyuta zake zitafanya kuanzia sasa yatakataliwa kila mahali; walichoandika awali kinabaki.</translation>
    </message>
</context>
<context>
    <name>CourseFields</name>
    <message>
        <source>e.g. Mathematics</source>
        <translation>mf. Hisabati</translation>
    </message>
    <message>
        <source>e.g. Grade 5</source>
        <translation>mf. Darasa la 5</translation>
    </message>
    <message>
        <source>Choose a language or type its code (such as en, fr, sw, pt-BR).</source>
        <translation>Chagua lugha au andika msimbo wake (kama en, fr, sw, pt-BR).</translation>
    </message>
    <message>
        <source>What learners will be able to do after this course</source>
        <translation>Kile wanafunzi wataweza kufanya baada ya kozi hii</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Kichwa:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Somo kuu:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Kiwango:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Muhtasari:</translation>
    </message>
    <message>
        <source>course title</source>
        <translation>kichwa cha kozi</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>somo kuu</translation>
    </message>
    <message>
        <source>level</source>
        <translation>kiwango</translation>
    </message>
    <message>
        <source>The summary is too long: {n} characters, at most 2000.</source>
        <translation>Muhtasari ni mrefu mno: herufi {n}, zisizozidi 2000.</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Kozi</translation>
    </message>
    <message>
        <source>Search by title or subject</source>
        <translation>Tafuta kwa kichwa au somo kuu</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Tafuta kozi</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>Kozi &amp;mpya…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Fungua</translation>
    </message>
    <message>
        <source>&amp;Adapt…</source>
        <translation>&amp;Tohoa…</translation>
    </message>
    <message>
        <source>Make a course of this school from the chosen one, to change as you wish</source>
        <translation>Tengeneza kozi ya shule hii kutoka kozi uliyochagua, uibadilishe upendavyo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Somo kuu</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Kiwango</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Shule</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Ushirikiano</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Imeshirikiwa</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Binafsi</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Masomo</translation>
    </message>
    <message>
        <source>No course matches this search.</source>
        <translation>Hakuna kozi inayolingana na utafutaji huu.</translation>
    </message>
    <message>
        <source>No courses yet. Create the first one with “New course…”.</source>
        <translation>Bado hakuna kozi. Unda ya kwanza kwa “Kozi mpya…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>kozi %n</numerusform>
            <numerusform>kozi %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ courses</source>
        <translation>
            <numerusform>kozi %n+</numerusform>
            <numerusform>kozi %n+</numerusform>
        </translation>
    </message>
    <message>
        <source>This school</source>
        <translation>Shule hii</translation>
    </message>
    <message>
        <source>Another school</source>
        <translation>Shule nyingine</translation>
    </message>
    <message>
        <source>Course adapted: change it as you wish; the original stays as it was.</source>
        <translation>Kozi imetoholewa: ibadilishe upendavyo; kozi asili inabaki ilivyokuwa.</translation>
    </message>
    <message>
        <source>Course created. Add its first module and lesson below.</source>
        <translation>Kozi imeundwa. Ongeza moduli na somo lake la kwanza hapa chini.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Yes</source>
        <translation>Ndiyo</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in a course</source>
        <translation>Sajili kwenye kozi</translation>
    </message>
    <message numerus="yes">
        <source>Enrol the %n selected learners in:</source>
        <translation>
            <numerusform>Sajili mwanafunzi %n aliyechaguliwa kwenye:</numerusform>
            <numerusform>Sajili wanafunzi %n waliochaguliwa kwenye:</numerusform>
        </translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kozi</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Sajili</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up EduNode</source>
        <translation>Sanidi EduNode</translation>
    </message>
    <message>
        <source>&amp;Start using EduNode</source>
        <translation>&amp;Anza kutumia EduNode</translation>
    </message>
    <message>
        <source>Setting up this PC (making its key and its store)…</source>
        <translation>Inasanidi kompyuta hii (inaunda ufunguo wake na hifadhi yake)…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>saa {hours} dakika {minutes}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>saa {hours}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>dakika {minutes}</translation>
    </message>
</context>
<context>
    <name>LearnerDetail</name>
    <message>
        <source>Active</source>
        <translation>Hai</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Amemaliza</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ameacha</translation>
    </message>
    <message>
        <source>‹ All learners</source>
        <translation>‹ Wanafunzi wote</translation>
    </message>
    <message>
        <source>Back to the list of learners (Esc)</source>
        <translation>Rudi kwenye orodha ya wanafunzi (Esc)</translation>
    </message>
    <message>
        <source>&amp;Transfer to another school…</source>
        <translation>&amp;Hamishia shule nyingine…</translation>
    </message>
    <message>
        <source>Give this learner&apos;s record to their new school: a signed record bundle and a printable transcript they carry there (admin PIN)</source>
        <translation>Kabidhi rekodi ya mwanafunzi huyu kwa shule yake mpya: faili ya rekodi iliyotiwa sahihi na nakala ya kuchapisha anazopeleka huko (PIN ya msimamizi)</translation>
    </message>
    <message>
        <source>&amp;Purge record…</source>
        <translation>&amp;Futa rekodi…</translation>
    </message>
    <message>
        <source>Delete this record from every PC of this school (admin PIN; cannot be undone)</source>
        <translation>Futa rekodi hii kwenye kila kompyuta ya shule hii (PIN ya msimamizi; haiwezi kurudishwa)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Hifadhi wasifu</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kozi</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Tangu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Course to enrol in</source>
        <translation>Kozi ya kusajili</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Sajili</translation>
    </message>
    <message>
        <source>New status of the selected enrolment</source>
        <translation>Hali mpya ya usajili uliochaguliwa</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Weka &amp;hali</translation>
    </message>
    <message>
        <source>Enrol in:</source>
        <translation>Sajili kwenye:</translation>
    </message>
    <message>
        <source>Selected enrolment:</source>
        <translation>Usajili uliochaguliwa:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <source>Notes about this learner, visible to the staff of this school.</source>
        <translation>Madokezo kuhusu mwanafunzi huyu, yanaonekana kwa wafanyakazi wa shule hii.</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>Hifadhi &amp;madokezo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Wasifu</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kozi</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Njia ya masomo</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Mahudhurio</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Inafungua…</translation>
    </message>
    <message>
        <source>Transferred to {school} on {date} — this record is kept read-only here</source>
        <translation>Amehamishiwa {school} tarehe {date} — rekodi hii inahifadhiwa hapa kwa kusomwa tu</translation>
    </message>
    <message>
        <source>Given with an open record bundle on {date} — this record is kept read-only here</source>
        <translation>Amekabidhiwa faili ya rekodi iliyo wazi tarehe {date} — rekodi hii inahifadhiwa hapa kwa kusomwa tu</translation>
    </message>
    <message>
        <source>(a course not on this PC)</source>
        <translation>(kozi isiyo kwenye kompyuta hii)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Wasifu umehifadhiwa.</translation>
    </message>
    <message>
        <source>Enrolled in {course}.</source>
        <translation>Amesajiliwa kwenye {course}.</translation>
    </message>
    <message>
        <source>Enrolment updated.</source>
        <translation>Usajili umesasishwa.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Madokezo yamehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Learners</source>
        <translation>Wanafunzi</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Tafuta kwa jina</translation>
    </message>
    <message>
        <source>Search learners</source>
        <translation>Tafuta wanafunzi</translation>
    </message>
    <message>
        <source>Only learners of this course</source>
        <translation>Wanafunzi wa kozi hii pekee</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Kozi zote</translation>
    </message>
    <message>
        <source>Only this enrolment status</source>
        <translation>Hali hii ya usajili pekee</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Hali yoyote</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Hai</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Amemaliza</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ameacha</translation>
    </message>
    <message>
        <source>Show trans&amp;ferred</source>
        <translation>Onyesha waliohami&amp;shwa</translation>
    </message>
    <message>
        <source>List the learners who moved to another school too (kept read-only here)</source>
        <translation>Orodhesha pia wanafunzi waliohamia shule nyingine (wanahifadhiwa hapa kwa kusomwa tu)</translation>
    </message>
    <message>
        <source>&amp;Add learner…</source>
        <translation>&amp;Ongeza mwanafunzi…</translation>
    </message>
    <message>
        <source>Take &amp;register…</source>
        <translation>Chukua ma&amp;hudhurio…</translation>
    </message>
    <message>
        <source>Mark a whole class present or absent for a day</source>
        <translation>Weka darasa zima kuwa lipo au halipo kwa siku moja</translation>
    </message>
    <message>
        <source>&amp;Import a record bundle…</source>
        <translation>&amp;Ingiza faili ya rekodi…</translation>
    </message>
    <message>
        <source>Enrol a learner from another school with the record bundle they bring</source>
        <translation>Sajili mwanafunzi kutoka shule nyingine kwa faili ya rekodi anayoileta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Mwaka wa kuzaliwa</translation>
    </message>
    <message>
        <source>Active courses</source>
        <translation>Kozi zinazoendelea</translation>
    </message>
    <message>
        <source>&amp;Enrol in course…</source>
        <translation>&amp;Sajili kwenye kozi…</translation>
    </message>
    <message>
        <source>Enrol the selected learners (Shift or Ctrl and click) in a course at once</source>
        <translation>Sajili wanafunzi waliochaguliwa (Shift au Ctrl na bofya) kwenye kozi kwa mara moja</translation>
    </message>
    <message>
        <source>Import &amp;class list…</source>
        <translation>Ingiza orodha ya &amp;darasa…</translation>
    </message>
    <message>
        <source>Add a whole class from a CSV file (name, birth year, guardian)</source>
        <translation>Ongeza darasa zima kutoka faili ya CSV (jina, mwaka wa kuzaliwa, mlezi)</translation>
    </message>
    <message>
        <source>{name} (transferred)</source>
        <translation>{name} (amehamishwa)</translation>
    </message>
    <message>
        <source>Moved to another school: their record is kept here read-only</source>
        <translation>Amehamia shule nyingine: rekodi yake inahifadhiwa hapa kwa kusomwa tu</translation>
    </message>
    <message>
        <source>No learner matches.</source>
        <translation>Hakuna mwanafunzi anayelingana.</translation>
    </message>
    <message>
        <source>No learners yet. Add one with “Add learner…”.</source>
        <translation>Bado hakuna wanafunzi. Ongeza mmoja kwa “Ongeza mwanafunzi…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching learners</source>
        <translation>
            <numerusform>mwanafunzi %n analingana</numerusform>
            <numerusform>wanafunzi %n wanalingana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ matching learners</source>
        <translation>
            <numerusform>mwanafunzi %n+ analingana</numerusform>
            <numerusform>wanafunzi %n+ wanalingana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {n} of %n learners</source>
        <translation>
            <numerusform>Inaonyesha {n} kati ya mwanafunzi %n</numerusform>
            <numerusform>Inaonyesha {n} kati ya wanafunzi %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner added. Enrol them in a course on the Courses tab of their page.</source>
        <translation>Mwanafunzi ameongezwa. Msajili kwenye kozi katika kichupo cha Kozi cha ukurasa wake.</translation>
    </message>
    <message>
        <source>Import a record bundle</source>
        <translation>Ingiza faili ya rekodi</translation>
    </message>
    <message>
        <source>Record bundles (*.edunode-learner.json *.json)</source>
        <translation>Faili za rekodi (*.edunode-learner.json *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Faili zote (*)</translation>
    </message>
    <message>
        <source>Import the record of {name} from {school}: {name} continues at this school with every record in the bundle.</source>
        <translation>Ingiza rekodi ya {name} kutoka {school}: {name} anaendelea katika shule hii na kila rekodi iliyo kwenye faili.</translation>
    </message>
    <message>
        <source>This record bundle of {name} was imported before: nothing changed.</source>
        <translation>Faili hii ya rekodi ya {name} iliingizwa awali: hakuna kilichobadilika.</translation>
    </message>
    <message>
        <source>{name} from {school} continues at this school, with every record of their record bundle.</source>
        <translation>{name} kutoka {school} anaendelea katika shule hii, pamoja na kila rekodi ya faili yake.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Ingiza</translation>
    </message>
    <message>
        <source>Importing the record bundle</source>
        <translation>Inaingiza faili ya rekodi</translation>
    </message>
    <message>
        <source>Importing the record of {name}… Cancel undoes all of it: nothing is kept until the last step.</source>
        <translation>Inaingiza rekodi ya {name}… Ghairi hutengua yote: hakuna kinachohifadhiwa mpaka hatua ya mwisho.</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>Hatua {done} kati ya {total}</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Lesson text</source>
        <translation>Maandishi ya somo</translation>
    </message>
    <message>
        <source>Choose a lesson on the left to read or edit it.</source>
        <translation>Chagua somo upande wa kushoto ili kulisoma au kulihariri.</translation>
    </message>
    <message>
        <source>Opening the lesson…</source>
        <translation>Inafungua somo…</translation>
    </message>
    <message>
        <source>Write the lesson here. It is saved as you type.</source>
        <translation>Andika somo hapa. Linahifadhiwa unapoandika.</translation>
    </message>
    <message>
        <source>This lesson has no text yet.</source>
        <translation>Somo hili bado halina maandishi.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Inahariri…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Inahifadhi…</translation>
    </message>
    <message>
        <source>This lesson no longer exists (it was deleted, perhaps on another PC).</source>
        <translation>Somo hili halipo tena (limefutwa, pengine kwenye kompyuta nyingine).</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Halijahifadhiwa: {reason}</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Mabadiliko yote yamehifadhiwa.</translation>
    </message>
    <message>
        <source>Read only: this course is maintained by another school.</source>
        <translation>Kusoma tu: kozi hii inasimamiwa na shule nyingine.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Kurasa</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>The records file is damaged: Repair is offered again at the next start.</source>
        <translation>Faili la rekodi limeharibika: Kurekebisha kutapendekezwa tena utakapowasha tena.</translation>
    </message>
    <message>
        <source>Repairing the records…</source>
        <translation>Inarekebisha rekodi…</translation>
    </message>
    <message>
        <source>The records were repaired.</source>
        <translation>Rekodi zimerekebishwa.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Urekebishaji</translation>
    </message>
    <message numerus="yes">
        <source>{name} sent %n changes</source>
        <translation>
            <numerusform>{name} imetuma badiliko %n</numerusform>
            <numerusform>{name} imetuma mabadiliko %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · ID {short}…</source>
        <translation>{name} · Kitambulisho {short}…</translation>
    </message>
    <message>
        <source>Node ID {id}. Other admins compare this ID when they link with this PC (Settings shows it in full).</source>
        <translation>Kitambulisho cha nodi {id}. Wasimamizi wengine hulinganisha kitambulisho hiki wanapounganisha na kompyuta hii (Mipangilio inakionyesha kizima).</translation>
    </message>
    <message>
        <source>Not in a school yet</source>
        <translation>Bado haiko kwenye shule</translation>
    </message>
    <message>
        <source>Peers online: {online} of {approved}</source>
        <translation>Kompyuta zilizo mtandaoni: {online} kati ya {approved}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Usawazishaji wa mwisho: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>bado</translation>
    </message>
    <message>
        <source>Automatic backup written to {path}</source>
        <translation>Nakala rudufu ya kiotomatiki imeandikwa kwenye {path}</translation>
    </message>
    <message>
        <source>This school&apos;s community summary was published.</source>
        <translation>Muhtasari wa jumuiya wa shule hii umechapishwa.</translation>
    </message>
    <message>
        <source>Automatic backup: {percent} %</source>
        <translation>Nakala rudufu ya kiotomatiki: {percent} %</translation>
    </message>
    <message>
        <source>This school&apos;s records are only on this PC and have never been backed up. If the PC breaks, they are lost.</source>
        <translation>Kumbukumbu za shule hii ziko kwenye kompyuta hii pekee na hazijawahi kuhifadhiwa nakala. Kompyuta ikiharibika, zinapotea.</translation>
    </message>
    <message numerus="yes">
        <source>This school&apos;s records are only on this PC and have not been backed up for %n days. If the PC breaks, they are lost.</source>
        <translation>
            <numerusform>Kumbukumbu za shule hii ziko kwenye kompyuta hii pekee na hazijahifadhiwa nakala kwa siku %n. Kompyuta ikiharibika, zinapotea.</numerusform>
            <numerusform>Kumbukumbu za shule hii ziko kwenye kompyuta hii pekee na hazijahifadhiwa nakala kwa siku %n. Kompyuta ikiharibika, zinapotea.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>Nakala rudufu ya kiotomatiki ya mwisho imeshindikana: {reason}</translation>
    </message>
    <message>
        <source>Network on</source>
        <translation>Mtandao umewashwa</translation>
    </message>
    <message>
        <source>No network (USB only)</source>
        <translation>Hakuna mtandao (USB pekee)</translation>
    </message>
    <message>
        <source>This PC does not use the network: see Settings › Network.</source>
        <translation>Kompyuta hii haitumii mtandao: tazama Mipangilio › Mtandao.</translation>
    </message>
    <message>
        <source>Network off</source>
        <translation>Mtandao umezimwa</translation>
    </message>
    <message>
        <source>The network could not start: {reason}</source>
        <translation>Mtandao haukuweza kuanza: {reason}</translation>
    </message>
    <message>
        <source>About EduNode</source>
        <translation>Kuhusu EduNode</translation>
    </message>
    <message>
        <source>Version, node ID, data folder and licences (F1)</source>
        <translation>Toleo, kitambulisho cha nodi, folda ya data na leseni (F1)</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Welcome to EduNode</source>
        <translation>Karibu EduNode</translation>
    </message>
    <message>
        <source>EduNode keeps your school&apos;s courses and learner records on this PC.</source>
        <translation>EduNode huhifadhi kozi za shule yako na rekodi za wanafunzi kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>Jina la kompyuta hii</translation>
    </message>
    <message>
        <source>&amp;Name of this PC:</source>
        <translation>&amp;Jina la kompyuta hii:</translation>
    </message>
    <message>
        <source>Give this PC a name that people will recognise, such as “Library PC” or “Grade 5 classroom”.</source>
        <translation>Ipe kompyuta hii jina ambalo watu watalitambua, kama “Kompyuta ya maktaba” au “Darasa la 5”.</translation>
    </message>
    <message>
        <source>name of this PC</source>
        <translation>jina la kompyuta hii</translation>
    </message>
</context>
<context>
    <name>NetworkChoice</name>
    <message>
        <source>Find and answer other PCs on &amp;all network connections</source>
        <translation>Tafuta na ujibu kompyuta nyingine kwenye miunganisho &amp;yote ya mtandao</translation>
    </message>
    <message>
        <source>Only on these &amp;addresses or connections:</source>
        <translation>Kwenye &amp;anwani au miunganisho hii pekee:</translation>
    </message>
    <message>
        <source>On &amp;no network: this PC exchanges records on USB sticks only</source>
        <translation>Bila &amp;mtandao: kompyuta hii hubadilishana rekodi kwa vifaa vya USB pekee</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20, eth0</source>
        <translation>mf. 192.168.1.20, eth0</translation>
    </message>
    <message>
        <source>Addresses or connections</source>
        <translation>Anwani au miunganisho</translation>
    </message>
    <message>
        <source>{name}: {address} (this PC only, for testing)</source>
        <translation>{name}: {address} (kompyuta hii pekee, kwa majaribio)</translation>
    </message>
    <message>
        <source>{name}: {address}</source>
        <translation>{name}: {address}</translation>
    </message>
    <message>
        <source>Choose where EduNode may look for other PCs, or choose no network.</source>
        <translation>Chagua mahali EduNode inaweza kutafuta kompyuta nyingine, au chagua bila mtandao.</translation>
    </message>
    <message>
        <source>Type at least one address or interface name, separated by commas.</source>
        <translation>Andika angalau anwani moja au jina la kiolesura, vikitenganishwa kwa koma.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Finding other PCs</source>
        <translation>Kutafuta kompyuta nyingine</translation>
    </message>
    <message>
        <source>May EduNode use the network, and which connections?</source>
        <translation>Je, EduNode inaweza kutumia mtandao, na kwa miunganisho ipi?</translation>
    </message>
    <message>
        <source>EduNode will look for other EduNode PCs on this network and answer them, so that the PCs of your school and community can find each other. Nothing is shared with another PC until an admin of this PC approves a link with it. Without a network, records go from PC to PC on a USB stick.</source>
        <translation>EduNode itatafuta kompyuta nyingine za EduNode kwenye mtandao huu na kuzijibu, ili kompyuta za shule yako na jumuiya yako zipatane. Hakuna kinachoshirikiwa na kompyuta nyingine mpaka msimamizi wa kompyuta hii aidhinishe muunganisho nayo. Bila mtandao, rekodi husafiri kutoka kompyuta moja hadi nyingine kwenye kifaa cha USB.</translation>
    </message>
    <message>
        <source>You can change this later in Settings › Network.</source>
        <translation>Unaweza kubadilisha hili baadaye katika Mipangilio › Mtandao.</translation>
    </message>
</context>
<context>
    <name>NewCourseDialog</name>
    <message>
        <source>New course</source>
        <translation>Kozi mpya</translation>
    </message>
    <message>
        <source>Share this course with the other schools of the community</source>
        <translation>Shiriki kozi hii na shule nyingine za jumuiya</translation>
    </message>
    <message>
        <source>Shared courses go to every linked school. Private ones stay inside this school.</source>
        <translation>Kozi zinazoshirikiwa huenda kwa kila shule iliyounganishwa. Kozi binafsi hubaki ndani ya shule hii.</translation>
    </message>
    <message>
        <source>&amp;Create course</source>
        <translation>&amp;Unda kozi</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <source>Add a learner</source>
        <translation>Ongeza mwanafunzi</translation>
    </message>
    <message>
        <source>&amp;Add learner</source>
        <translation>&amp;Ongeza mwanafunzi</translation>
    </message>
</context>
<context>
    <name>PathwayTab</name>
    <message>
        <source>Course</source>
        <translation>Kozi</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Somo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Muda uliotumika</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Njia ya masomo</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Limekamilika</translation>
    </message>
    <message>
        <source>▶ Current</source>
        <translation>▶ La sasa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Linalofuata</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dak</translation>
    </message>
    <message>
        <source>Time spent in minutes</source>
        <translation>Muda uliotumika kwa dakika</translation>
    </message>
    <message>
        <source>Lesson &amp;completed</source>
        <translation>Somo &amp;limekamilika</translation>
    </message>
    <message>
        <source>Record &amp;progress</source>
        <translation>Rekodi &amp;maendeleo</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Rekodi maendeleo</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Kozi:</translation>
    </message>
    <message>
        <source>Not enrolled in any course yet.</source>
        <translation>Bado hajasajiliwa kwenye kozi yoyote.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n lessons done · {time} spent</source>
        <translation>
            <numerusform>{done} kati ya somo %n limekamilika · {time} zimetumika</numerusform>
            <numerusform>{done} kati ya masomo %n yamekamilika · {time} zimetumika</numerusform>
        </translation>
    </message>
    <message>
        <source>ahead of their plan</source>
        <translation>yuko mbele ya mpango wake</translation>
    </message>
    <message>
        <source>on track with their plan</source>
        <translation>yuko sawa na mpango wake</translation>
    </message>
    <message>
        <source>behind their plan</source>
        <translation>yuko nyuma ya mpango wake</translation>
    </message>
    <message>
        <source>{state} (pace: {pace} a week)</source>
        <translation>{state} (kasi: {pace} kwa wiki)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Masomo</translation>
    </message>
    <message>
        <source>Progress recorded for “{lesson}”.</source>
        <translation>Maendeleo yamerekodiwa kwa “{lesson}”.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Verification code (the same on both screens):</source>
        <translation>Msimbo wa uthibitisho (uleule kwenye skrini zote mbili):</translation>
    </message>
    <message>
        <source>Community peer: shares courses</source>
        <translation>Mshirika wa jumuiya: hushiriki kozi</translation>
    </message>
    <message>
        <source>Member of my school: shares learners too</source>
        <translation>Mwanachama wa shule yangu: hushiriki wanafunzi pia</translation>
    </message>
    <message>
        <source>&amp;Link as:</source>
        <translation>&amp;Unganisha kama:</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN ya msimamizi</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>&amp;PIN ya msimamizi:</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Subiri sekunde {seconds}</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN ya msimamizi</translation>
    </message>
    <message>
        <source>Approving links with other PCs and other admin actions ask for this PIN.</source>
        <translation>Kuidhinisha miunganisho na kompyuta nyingine na vitendo vingine vya msimamizi huomba PIN hii.</translation>
    </message>
    <message>
        <source>Admin PIN again</source>
        <translation>PIN ya msimamizi tena</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>&amp;PIN ya msimamizi:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Tena:</translation>
    </message>
    <message>
        <source>Choose at least 6 digits. Keep it for the people who run the school.</source>
        <translation>Chagua angalau tarakimu 6. Itunze kwa ajili ya watu wanaoendesha shule.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Learner&apos;s name</source>
        <translation>Jina la mwanafunzi</translation>
    </message>
    <message>
        <source>e.g. 2015 (optional)</source>
        <translation>mf. 2015 (si lazima)</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Mwaka wa kuzaliwa</translation>
    </message>
    <message>
        <source>Name and phone of a parent or guardian (optional)</source>
        <translation>Jina na simu ya mzazi au mlezi (si lazima)</translation>
    </message>
    <message>
        <source>Guardian contact</source>
        <translation>Mawasiliano ya mlezi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Mwaka wa kuzaliwa:</translation>
    </message>
    <message>
        <source>&amp;Guardian contact:</source>
        <translation>Mawasiliano ya m&amp;lezi:</translation>
    </message>
    <message>
        <source>learner&apos;s name</source>
        <translation>jina la mwanafunzi</translation>
    </message>
    <message>
        <source>guardian contact</source>
        <translation>mawasiliano ya mlezi</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Inaanza…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Stop at the next safe point; what was finished before is kept whole</source>
        <translation>Simama kwenye sehemu salama inayofuata; kilichokamilika kabla kinabaki kizima</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>Inasimama kwenye sehemu salama inayofuata…</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Delete {name}&apos;s record from every PC of this school?</source>
        <translation>Futa rekodi ya {name} kwenye kila kompyuta ya shule hii?</translation>
    </message>
    <message>
        <source>Their profile, courses, results, attendance, progress, notes and the record bundles kept here are deleted from this PC now, and from every other PC of this school as it syncs. Each PC keeps only a line in its activity with the learner&apos;s ID and the date.</source>
        <translation>Wasifu wake, kozi, matokeo, mahudhurio, maendeleo, maelezo na faili za rekodi zilizohifadhiwa hapa zinafutwa kwenye kompyuta hii sasa, na kwenye kila kompyuta nyingine ya shule hii inaposawazisha. Kila kompyuta inabaki na mstari mmoja tu kwenye shughuli zake wenye kitambulisho cha mwanafunzi na tarehe.</translation>
    </message>
    <message>
        <source>This cannot be undone. {name}&apos;s new school keeps their record.</source>
        <translation>Haiwezi kurudishwa. Shule mpya ya {name} inabaki na rekodi yake.</translation>
    </message>
    <message>
        <source>Purge the record of {name}</source>
        <translation>Futa rekodi ya {name}</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Futa kabisa</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>‹ All learners</source>
        <translation>‹ Wanafunzi wote</translation>
    </message>
    <message>
        <source>Class register</source>
        <translation>Daftari la mahudhurio</translation>
    </message>
    <message>
        <source>Class (course)</source>
        <translation>Darasa (kozi)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Siku</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Darasa:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Siku:</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Mwanafunzi</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Mahudhurio</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Mahudhurio</translation>
    </message>
    <message>
        <source>Space marks the selected learner present or absent</source>
        <translation>Nafasi huweka mwanafunzi aliyechaguliwa kuwa yupo au hayupo</translation>
    </message>
    <message>
        <source>All &amp;present</source>
        <translation>Wote &amp;wapo</translation>
    </message>
    <message>
        <source>All a&amp;bsent</source>
        <translation>Wote &amp;hawapo</translation>
    </message>
    <message>
        <source>&amp;Save register</source>
        <translation>&amp;Hifadhi mahudhurio</translation>
    </message>
    <message>
        <source>Create a course and enrol learners to take a register.</source>
        <translation>Unda kozi na usajili wanafunzi ili kuchukua mahudhurio.</translation>
    </message>
    <message>
        <source>Loading the class…</source>
        <translation>Inapakia darasa…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Yupo</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Hayupo</translation>
    </message>
    <message>
        <source>No learner is enrolled in this course.</source>
        <translation>Hakuna mwanafunzi aliyesajiliwa kwenye kozi hii.</translation>
    </message>
    <message numerus="yes">
        <source>%n learners</source>
        <translation>
            <numerusform>mwanafunzi %n</numerusform>
            <numerusform>wanafunzi %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{present} present · {absent} absent</source>
        <translation>Wapo {present} · Hawapo {absent}</translation>
    </message>
    <message>
        <source>already recorded for this day; saving replaces it</source>
        <translation>yamekwisha rekodiwa kwa siku hii; kuhifadhi kunayabadilisha</translation>
    </message>
    <message numerus="yes">
        <source>Register saved for {day}: %n learners.</source>
        <translation>
            <numerusform>Mahudhurio ya {day} yamehifadhiwa: mwanafunzi %n.</numerusform>
            <numerusform>Mahudhurio ya {day} yamehifadhiwa: wanafunzi %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairOffer</name>
    <message>
        <source>The records file is damaged</source>
        <translation>Faili la rekodi limeharibika</translation>
    </message>
    <message>
        <source>EduNode found damage in this PC&apos;s records file. Repair keeps every record that still reads, rebuilds the lists from the change log and fetches damaged changes again from the school&apos;s other PCs at the next sync.</source>
        <translation>EduNode imepata uharibifu kwenye faili la rekodi la kompyuta hii. Kurekebisha huhifadhi kila rekodi ambayo bado inasomeka, hujenga upya orodha kutoka kumbukumbu ya mabadiliko na huchukua tena mabadiliko yaliyoharibika kutoka kompyuta nyingine za shule katika usawazishaji ujao.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… na mengine {n}</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Rekebisha</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Baadaye</translation>
    </message>
    <message>
        <source>The records were repaired.</source>
        <translation>Rekodi zimerekebishwa.</translation>
    </message>
    <message>
        <source>Could not be read: {what}.</source>
        <translation>Haikuweza kusomwa: {what}.</translation>
    </message>
    <message>
        <source>{n} record(s) still miss changes: they come back at the next sync with a PC of the school that has them.</source>
        <translation>Rekodi {n} bado zinakosa mabadiliko: yatarudi katika usawazishaji ujao na kompyuta ya shule iliyo nayo.</translation>
    </message>
    <message>
        <source>The latest backup is {path}.</source>
        <translation>Nakala rudufu ya karibuni ni {path}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Ripoti</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Onyesha upya</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Hamisha CSV…</translation>
    </message>
    <message>
        <source>Who needs &amp;help</source>
        <translation>Nani anahitaji &amp;msaada</translation>
    </message>
    <message>
        <source>Show the learners who need help instead of the chart</source>
        <translation>Onyesha wanafunzi wanaohitaji msaada badala ya chati</translation>
    </message>
    <message>
        <source>This &amp;school</source>
        <translation>&amp;Shule hii</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Jumuiya</translation>
    </message>
    <message>
        <source>Compare the schools course by course, from the summaries they publish</source>
        <translation>Linganisha shule kozi kwa kozi, kutokana na muhtasari zinazochapisha</translation>
    </message>
    <message>
        <source>courses (yours and those shared with you)</source>
        <translation>kozi (zako na zile zilizoshirikiwa nawe)</translation>
    </message>
    <message>
        <source>schools offering them</source>
        <translation>shule zinazozitoa</translation>
    </message>
    <message>
        <source>learners in this school</source>
        <translation>wanafunzi katika shule hii</translation>
    </message>
    <message>
        <source>of lessons completed</source>
        <translation>ya masomo yamekamilika</translation>
    </message>
    <message>
        <source>average result</source>
        <translation>wastani wa matokeo</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>mahudhurio</translation>
    </message>
    <message>
        <source>learners behind their pathway</source>
        <translation>wanafunzi walio nyuma katika njia yao ya masomo</translation>
    </message>
    <message>
        <source>Chart of completion, results and attendance per course</source>
        <translation>Chati ya ukamilishaji, matokeo na mahudhurio kwa kila kozi</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kozi</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Wanafunzi</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Ukamilishaji</translation>
    </message>
    <message>
        <source>Average result</source>
        <translation>Wastani wa matokeo</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Mahudhurio</translation>
    </message>
    <message>
        <source>Behind pathway</source>
        <translation>Walio nyuma</translation>
    </message>
    <message>
        <source>Figures per course</source>
        <translation>Takwimu kwa kila kozi</translation>
    </message>
    <message>
        <source>Who needs help</source>
        <translation>Nani anahitaji msaada</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Mwanafunzi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kwa nini</translation>
    </message>
    <message>
        <source>Learners who need help</source>
        <translation>Wanafunzi wanaohitaji msaada</translation>
    </message>
    <message>
        <source>Active learners of this school behind their own plan (more than one lesson under their pace since they enrolled), whose last three results in a course fell one after another or average 15 points under the earlier ones, or who were absent the last three recorded school days.</source>
        <translation>Wanafunzi hai wa shule hii walio nyuma ya mpango wao wenyewe (zaidi ya somo moja chini ya kasi yao tangu walipoandikishwa), ambao matokeo yao matatu ya mwisho katika kozi yalishuka moja baada ya jingine au wastani wake ni alama 15 chini ya yale ya awali, au ambao hawakuhudhuria siku tatu za mwisho za shule zilizorekodiwa.</translation>
    </message>
    <message>
        <source>Completion: lessons done out of all lessons of the course, for its learners. Behind: active learners more than one lesson below a pace of one lesson a week since they enrolled. Community figures are totals only: no learner&apos;s data.</source>
        <translation>Ukamilishaji: masomo yaliyokamilika kati ya masomo yote ya kozi, kwa wanafunzi wake. Walio nyuma: wanafunzi hai walio nyuma kwa zaidi ya somo moja kwa kasi ya somo moja kwa wiki tangu wasajiliwe. Takwimu za jumuiya ni jumla tu: hakuna data ya mwanafunzi.</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Inakokotoa takwimu…</translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>kozi %n</numerusform>
            <numerusform>kozi %n</numerusform>
        </translation>
    </message>
    <message>
        <source>behind their plan in {course}: {done} lessons done, {expected} expected by now at {pace} a week</source>
        <translation>yuko nyuma ya mpango wake katika {course}: masomo {done} yamekamilika, {expected} yalitarajiwa hadi sasa kwa kasi ya {pace} kwa wiki</translation>
    </message>
    <message>
        <source>falling results in {course}: the last three {results}</source>
        <translation>matokeo yanashuka katika {course}: matatu ya mwisho ni {results}</translation>
    </message>
    <message>
        <source>absent the last {days} recorded school days (since {day})</source>
        <translation>hakuhudhuria siku {days} za mwisho za shule zilizorekodiwa (tangu {day})</translation>
    </message>
    <message>
        <source>Who needs help ({n})</source>
        <translation>Nani anahitaji msaada ({n})</translation>
    </message>
    <message>
        <source>Who needs help: nobody by these rules</source>
        <translation>Nani anahitaji msaada: hakuna kwa kanuni hizi</translation>
    </message>
    <message>
        <source>Who needs &amp;help ({n})</source>
        <translation>Nani anahitaji &amp;msaada ({n})</translation>
    </message>
    <message>
        <source>Completion %</source>
        <translation>Ukamilishaji %</translation>
    </message>
    <message>
        <source>Average result %</source>
        <translation>Wastani wa matokeo %</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Mahudhurio %</translation>
    </message>
    <message>
        <source>Per course (the {n} with most learners)</source>
        <translation>Kwa kila kozi (kozi {n} zenye wanafunzi wengi zaidi)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Hamisha ripoti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Haikuweza kuandika {path}: {reason}</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Ripoti imehifadhiwa kwenye {path}.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resources</source>
        <translation>Rasilimali</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Shule</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Kipaumbele</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Kipaumbele chochote</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Juu</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Wastani</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Chini</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>&amp;Zilizo wazi tu</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Shule:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Kipaumbele:</translation>
    </message>
    <message>
        <source>Add &amp;need…</source>
        <translation>Ongeza &amp;hitaji…</translation>
    </message>
    <message>
        <source>Add o&amp;ffer…</source>
        <translation>Ongeza &amp;ofa…</translation>
    </message>
    <message>
        <source>&amp;Close need…</source>
        <translation>Fu&amp;nga hitaji…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Kitu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Idadi</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Ilichapishwa</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Imechapishwa na</translation>
    </message>
    <message>
        <source>Needs and offers of every school</source>
        <translation>Mahitaji na ofa za kila shule</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Matangazo</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Mfuko</translation>
    </message>
    <message>
        <source>Con&amp;tribute…</source>
        <translation>&amp;Changia…</translation>
    </message>
    <message>
        <source>&amp;Propose allocation…</source>
        <translation>&amp;Pendekeza mgao…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Idhinisha…</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Mfuko:</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Ingizo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Imesainiwa na</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kwa nini</translation>
    </message>
    <message>
        <source>The fund&apos;s ledger</source>
        <translation>Daftari la hesabu la mfuko</translation>
    </message>
    <message>
        <source>F&amp;und</source>
        <translation>M&amp;fuko</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Hamisha CSV…</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>Mahitaji yaliyo wazi</translation>
    </message>
    <message>
        <source>Their cost</source>
        <translation>Gharama yake</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Kilichogawiwa</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Migao</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Yaliyokataliwa</translation>
    </message>
    <message>
        <source>Per school: open needs and allocations</source>
        <translation>Kwa kila shule: mahitaji yaliyo wazi na migao</translation>
    </message>
    <message>
        <source>Chart of the amount allocated per school</source>
        <translation>Chati ya kiasi kilichogawiwa kwa kila shule</translation>
    </message>
    <message>
        <source>&amp;Equity</source>
        <translation>&amp;Usawa</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>Kila shule</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Hitaji</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ofa</translation>
    </message>
    <message>
        <source>high</source>
        <translation>juu</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>wastani</translation>
    </message>
    <message>
        <source>low</source>
        <translation>chini</translation>
    </message>
    <message>
        <source>open</source>
        <translation>wazi</translation>
    </message>
    <message>
        <source>met</source>
        <translation>imetimizwa</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>imeondolewa</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>imefungwa</translation>
    </message>
    <message>
        <source>No fund yet. An admin founds one with &apos;edunode fund create&apos;.</source>
        <translation>Bado hakuna mfuko. Msimamizi huunda mmoja kwa “edunode fund create”.</translation>
    </message>
    <message>
        <source>Balance: {amount} {currency}</source>
        <translation>Salio: {amount} {currency}</translation>
    </message>
    <message>
        <source>Held by {schools}; an allocation takes effect once {k} of them approved it, if the balance covers it at that point (decision 0012r).</source>
        <translation>Unashikiliwa na {schools}; mgao unaanza kutumika mara {k} kati yao zitakapouidhinisha, ikiwa salio linatosha wakati huo (uamuzi 0012r).</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Mchango</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Pendekezo</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Idhini</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Mgao</translation>
    </message>
    <message>
        <source>Allocated per school. Allocation per learner needs the schools&apos; published learner counts, which schools do not share yet.</source>
        <translation>Kimegawiwa kwa kila shule. Mgao kwa kila mwanafunzi unahitaji idadi ya wanafunzi iliyochapishwa na shule, ambayo shule bado hazishiriki.</translation>
    </message>
    <message>
        <source>No fund yet.</source>
        <translation>Bado hakuna mfuko.</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Ongeza hitaji</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Ongeza hitaji</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Kitu:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Idadi:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Ki&amp;pimo:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>Kipa&amp;umbele:</translation>
    </message>
    <message>
        <source>&amp;Cost (optional):</source>
        <translation>&amp;Gharama (si lazima):</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Sarafu:</translation>
    </message>
    <message>
        <source>e.g. KES, UGX, USD</source>
        <translation>mf. KES, UGX, USD</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Dokezo:</translation>
    </message>
    <message>
        <source>The need is on the board.</source>
        <translation>Hitaji liko kwenye matangazo.</translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation>Ongeza ofa</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Ongeza ofa</translation>
    </message>
    <message>
        <source>The offer is on the board.</source>
        <translation>Ofa iko kwenye matangazo.</translation>
    </message>
    <message>
        <source>Close the need</source>
        <translation>Funga hitaji</translation>
    </message>
    <message>
        <source>Close need</source>
        <translation>Funga hitaji</translation>
    </message>
    <message>
        <source>“{item}” is:</source>
        <translation>“{item}” ni:</translation>
    </message>
    <message>
        <source>&amp;Closed as:</source>
        <translation>&amp;Imefungwa kama:</translation>
    </message>
    <message>
        <source>The need is closed.</source>
        <translation>Hitaji limefungwa.</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Rekodi mchango</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Kiasi ({currency}):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Ku&amp;toka:</translation>
    </message>
    <message>
        <source>The contribution is in the ledger.</source>
        <translation>Mchango uko kwenye daftari la hesabu.</translation>
    </message>
    <message>
        <source>Propose an allocation</source>
        <translation>Pendekeza mgao</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Pendekeza</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Hitaji:</translation>
    </message>
    <message>
        <source>The proposal is in the ledger; it needs the holding schools&apos; approval.</source>
        <translation>Pendekezo liko kwenye daftari la hesabu; linahitaji idhini ya shule zinazoshikilia mfuko.</translation>
    </message>
    <message>
        <source>Approve the allocation</source>
        <translation>Idhinisha mgao</translation>
    </message>
    <message>
        <source>Approve {amount} for “{item}” on behalf of this school? It takes effect once enough holding schools approved, if the balance covers it then.</source>
        <translation>Idhinisha {amount} kwa “{item}” kwa niaba ya shule hii? Unaanza kutumika shule za kutosha zinazoshikilia mfuko zikiuidhinisha, ikiwa salio linatosha wakati huo.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Idhinisha</translation>
    </message>
    <message>
        <source>Approved. The proposal is {status}.</source>
        <translation>Imeidhinishwa. Hali ya pendekezo: {status}.</translation>
    </message>
    <message>
        <source>Export the equity report</source>
        <translation>Hamisha ripoti ya usawa</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Ripoti imeandikwa kwenye {path}.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Assessment</source>
        <translation>Tathmini</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kozi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Alama</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tokeo</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>Course of the result</source>
        <translation>Kozi ya tokeo</translation>
    </message>
    <message>
        <source>e.g. Fractions quiz</source>
        <translation>mf. Jaribio la sehemu</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Alama za juu kabisa</translation>
    </message>
    <message>
        <source>Date of the result</source>
        <translation>Tarehe ya tokeo</translation>
    </message>
    <message>
        <source>Add &amp;result</source>
        <translation>Ongeza &amp;tokeo</translation>
    </message>
    <message>
        <source>Add a result</source>
        <translation>Ongeza tokeo</translation>
    </message>
    <message>
        <source>Co&amp;urse:</source>
        <translation>&amp;Kozi:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>T&amp;athmini:</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>kati ya</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Alama:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ta&amp;rehe:</translation>
    </message>
    <message>
        <source>Enrol the learner in a course first.</source>
        <translation>Kwanza msajili mwanafunzi kwenye kozi.</translation>
    </message>
    <message>
        <source>assessment name</source>
        <translation>jina la tathmini</translation>
    </message>
    <message>
        <source>Result added.</source>
        <translation>Tokeo limeongezwa.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your school</source>
        <translation>Shule yako</translation>
    </message>
    <message>
        <source>Is this the first PC of your school to use EduNode?</source>
        <translation>Je, hii ndiyo kompyuta ya kwanza ya shule yako kutumia EduNode?</translation>
    </message>
    <message>
        <source>&amp;Start a new school</source>
        <translation>&amp;Anzisha shule mpya</translation>
    </message>
    <message>
        <source>&amp;Join a school that already uses EduNode on another PC</source>
        <translation>&amp;Jiunge na shule ambayo tayari inatumia EduNode kwenye kompyuta nyingine</translation>
    </message>
    <message>
        <source>e.g. Hillside Primary School</source>
        <translation>mf. Shule ya Msingi Kilimani</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Jina la shule</translation>
    </message>
    <message>
        <source>After setup, open Community, choose a PC of your school in the list of PCs found on the network and ask to join its school. When its admin approves, this PC receives the school&apos;s courses and learners.</source>
        <translation>Baada ya kusanidi, fungua Jumuiya, chagua kompyuta ya shule yako katika orodha ya kompyuta zilizopatikana kwenye mtandao na uombe kujiunga na shule yake. Msimamizi wake akiidhinisha, kompyuta hii hupokea kozi na wanafunzi wa shule.</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Jina la shule:</translation>
    </message>
    <message>
        <source>school name</source>
        <translation>jina la shule</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Kompyuta hii</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>Jina la kompyuta hii</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>Hifadhi &amp;jina</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>Other admins compare this ID when they link with this PC.</source>
        <translation>Wasimamizi wengine hulinganisha kitambulisho hiki wanapounganisha na kompyuta hii.</translation>
    </message>
    <message>
        <source>Node ID:</source>
        <translation>Kitambulisho cha nodi:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Shule:</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Fungua folda ya data</translation>
    </message>
    <message>
        <source>The records, this PC&apos;s key and the log file ({file}) are kept here.</source>
        <translation>Rekodi, ufunguo wa kompyuta hii na faili la kumbukumbu ({file}) huhifadhiwa hapa.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folda ya data:</translation>
    </message>
    <message>
        <source>A&amp;bout EduNode…</source>
        <translation>&amp;Kuhusu EduNode…</translation>
    </message>
    <message>
        <source>Version, node ID and data folder</source>
        <translation>Toleo, kitambulisho cha nodi na folda ya data</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN ya msimamizi</translation>
    </message>
    <message>
        <source>Current admin PIN</source>
        <translation>PIN ya sasa ya msimamizi</translation>
    </message>
    <message>
        <source>New admin PIN</source>
        <translation>PIN mpya ya msimamizi</translation>
    </message>
    <message>
        <source>New admin PIN again</source>
        <translation>PIN mpya ya msimamizi tena</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>PIN ya &amp;sasa:</translation>
    </message>
    <message>
        <source>Ne&amp;w PIN:</source>
        <translation>PIN &amp;mpya:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Tena:</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Badilisha PIN</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mtandao</translation>
    </message>
    <message>
        <source>EduNode looks for other EduNode PCs on the network and answers them. Nothing is shared with a PC until an admin approves a link with it.</source>
        <translation>EduNode hutafuta kompyuta nyingine za EduNode kwenye mtandao na kuzijibu. Hakuna kinachoshirikiwa na kompyuta mpaka msimamizi aidhinishe muunganisho nayo.</translation>
    </message>
    <message>
        <source>Save net&amp;work settings</source>
        <translation>Hifadhi mipangilio ya m&amp;tandao</translation>
    </message>
    <message>
        <source>Takes effect the next time EduNode starts.</source>
        <translation>Itatumika EduNode itakapoanza tena.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Same as the computer ({name})</source>
        <translation>Sawa na kompyuta ({name})</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Sawa na kompyuta</translation>
    </message>
    <message>
        <source>Not in a school yet</source>
        <translation>Bado haiko kwenye shule</translation>
    </message>
    <message>
        <source>name of this PC</source>
        <translation>jina la kompyuta hii</translation>
    </message>
    <message>
        <source>Please type the current admin PIN.</source>
        <translation>Tafadhali andika PIN ya sasa ya msimamizi.</translation>
    </message>
    <message>
        <source>This PC is now called “{name}”.</source>
        <translation>Kompyuta hii sasa inaitwa “{name}”.</translation>
    </message>
    <message>
        <source>The admin PIN was changed.</source>
        <translation>PIN ya msimamizi imebadilishwa.</translation>
    </message>
    <message>
        <source>Network settings saved. Restart EduNode to use them.</source>
        <translation>Mipangilio ya mtandao imehifadhiwa. Anzisha EduNode upya ili kuitumia.</translation>
    </message>
    <message>
        <source>The new language is used the next time EduNode starts.</source>
        <translation>Lugha mpya itatumika EduNode itakapoanza tena.</translation>
    </message>
    <message>
        <source>The folder could not be opened. It is {folder}</source>
        <translation>Folda haikuweza kufunguliwa. Iko hapa: {folder}</translation>
    </message>
</context>
<context>
    <name>SyncProgressPanel</name>
    <message>
        <source>Syncing with {name}: {done} of {total} changes</source>
        <translation>Inasawazisha na {name}: {done} kati ya mabadiliko {total}</translation>
    </message>
    <message>
        <source>Syncing with {n} PCs: {done} of {total} changes</source>
        <translation>Inasawazisha na kompyuta {n}: {done} kati ya mabadiliko {total}</translation>
    </message>
    <message>
        <source>{name}: {done} of {total} changes</source>
        <translation>{name}: {done} kati ya mabadiliko {total}</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Imesawazishwa</translation>
    </message>
    <message>
        <source>Connection ended; the rest comes at the next one</source>
        <translation>Muunganisho umeisha; yaliyobaki yatakuja wakati ujao</translation>
    </message>
    <message>
        <source>sending {sent} of {to_send}, receiving {received} of {to_receive}</source>
        <translation>inatuma {sent} kati ya {to_send}, inapokea {received} kati ya {to_receive}</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>title</source>
        <translation>kichwa</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>{name}&apos;s record (profile, courses, results, attendance and progress) is signed over to their new school and saved as a record bundle they carry there. From then this school keeps it read-only.</source>
        <translation>Rekodi ya {name} (wasifu, kozi, matokeo, mahudhurio na maendeleo) inakabidhiwa kwa sahihi kwa shule yake mpya na kuhifadhiwa kama faili ya rekodi anayoipeleka huko. Kuanzia hapo shule hii inaihifadhi kwa kusomwa tu.</translation>
    </message>
    <message>
        <source>The files are not encrypted: hand them only to the learner or their guardian.</source>
        <translation>Faili hazijasimbwa: zikabidhi kwa mwanafunzi au mlezi wake tu.</translation>
    </message>
    <message>
        <source>{name} is transferred to {school}.</source>
        <translation>{name} amehamishiwa {school}.</translation>
    </message>
    <message>
        <source>{name} is given an open record bundle.</source>
        <translation>{name} amepewa faili ya rekodi iliyo wazi.</translation>
    </message>
    <message>
        <source>The record bundle and the transcript are saved in {folder}.</source>
        <translation>Faili ya rekodi na nakala zimehifadhiwa katika {folder}.</translation>
    </message>
    <message>
        <source>The record bundle is saved as {path}.</source>
        <translation>Faili ya rekodi imehifadhiwa kama {path}.</translation>
    </message>
    <message>
        <source>The transcript could not be written: {error}</source>
        <translation>Nakala haikuweza kuandikwa: {error}</translation>
    </message>
    <message>
        <source>Transferring {name}</source>
        <translation>Inamhamisha {name}</translation>
    </message>
    <message>
        <source>Writing the signed record of {name}…</source>
        <translation>Inaandika rekodi iliyotiwa sahihi ya {name}…</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>Hatua {done} kati ya {total}</translation>
    </message>
    <message>
        <source>{name}&apos;s record is deleted from this PC; the other PCs of this school delete it as they sync.</source>
        <translation>Rekodi ya {name} imefutwa kwenye kompyuta hii; kompyuta nyingine za shule hii zinaifuta zinaposawazisha.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {name} to another school</source>
        <translation>Mhamishe {name} kwenda shule nyingine</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Hamisha</translation>
    </message>
    <message>
        <source>The school the learner moves to</source>
        <translation>Shule anayohamia mwanafunzi</translation>
    </message>
    <message>
        <source>School ID: {id}</source>
        <translation>Kitambulisho cha shule: {id}</translation>
    </message>
    <message>
        <source>Not known yet (an open record bundle)</source>
        <translation>Bado haijulikani (faili ya rekodi iliyo wazi)</translation>
    </message>
    <message>
        <source>The first school that imports the bundle takes the record</source>
        <translation>Shule ya kwanza kuingiza faili inachukua rekodi</translation>
    </message>
    <message>
        <source>Choose the new school</source>
        <translation>Chagua shule mpya</translation>
    </message>
    <message>
        <source>Folder to save the record bundle in</source>
        <translation>Folda ya kuhifadhi faili ya rekodi</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hagua…</translation>
    </message>
    <message>
        <source>Choose the folder, e.g. on a USB stick</source>
        <translation>Chagua folda, kwa mfano kwenye diski ya USB</translation>
    </message>
    <message>
        <source>Also save the printable &amp;transcript (PDF)</source>
        <translation>Hifadhi pia &amp;nakala ya kuchapisha (PDF)</translation>
    </message>
    <message>
        <source>&amp;Moves to:</source>
        <translation>&amp;Anahamia:</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>&amp;Hifadhi katika:</translation>
    </message>
    <message>
        <source>Saves {bundle} and {pdf} in that folder.</source>
        <translation>Inahifadhi {bundle} na {pdf} katika folda hiyo.</translation>
    </message>
    <message>
        <source>Saves {bundle} in that folder.</source>
        <translation>Inahifadhi {bundle} katika folda hiyo.</translation>
    </message>
    <message>
        <source>Choose the school the learner moves to, or “Not known yet”.</source>
        <translation>Chagua shule anayohamia mwanafunzi, au “Bado haijulikani”.</translation>
    </message>
    <message>
        <source>Choose the folder to save the record bundle in.</source>
        <translation>Chagua folda ya kuhifadhi faili ya rekodi.</translation>
    </message>
    <message>
        <source>There is no folder {folder}: choose one that exists.</source>
        <translation>Hakuna folda {folder}: chagua iliyopo.</translation>
    </message>
    <message>
        <source>Save the record bundle in</source>
        <translation>Hifadhi faili ya rekodi katika</translation>
    </message>
</context>
<context>
    <name>UpdatesDialog</name>
    <message>
        <source>Changes in the original course</source>
        <translation>Mabadiliko katika kozi asili</translation>
    </message>
    <message>
        <source>These lessons changed in “{course}” since this course was adapted. For each, take the original&apos;s text, keep this course&apos;s, or combine the two.</source>
        <translation>Masomo haya yamebadilika katika “{course}” tangu kozi hii ilipotoholewa. Kwa kila moja, chukua maandishi ya asili, baki na ya kozi hii, au unganisha yote mawili.</translation>
    </message>
    <message>
        <source>Lessons changed in the original</source>
        <translation>Masomo yaliyobadilika katika asili</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>Asili</translation>
    </message>
    <message>
        <source>This course</source>
        <translation>Kozi hii</translation>
    </message>
    <message>
        <source>Combined (you may edit it)</source>
        <translation>Vilivyounganishwa (unaweza kuhariri)</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Chukua &amp;chao</translation>
    </message>
    <message>
        <source>Replace this course&apos;s lesson with the original&apos;s</source>
        <translation>Badilisha somo la kozi hii kwa la asili</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Baki na changu</translation>
    </message>
    <message>
        <source>Keep this course&apos;s lesson as it is; the change is no longer listed</source>
        <translation>Baki na somo la kozi hii lilivyo; badiliko halitaorodheshwa tena</translation>
    </message>
    <message>
        <source>&amp;Save combined</source>
        <translation>&amp;Hifadhi vilivyounganishwa</translation>
    </message>
    <message>
        <source>Use the combined text for this course&apos;s lesson</source>
        <translation>Tumia maandishi yaliyounganishwa kwa somo la kozi hii</translation>
    </message>
    <message>
        <source>{title} (new)</source>
        <translation>{title} (jipya)</translation>
    </message>
    <message>
        <source>This lesson is new in the original course: Take theirs adds it to this course, Keep mine leaves it out.</source>
        <translation>Somo hili ni jipya katika kozi asili: “Chukua chao” linaliongeza kwenye kozi hii, “Baki na changu” linaliacha nje.</translation>
    </message>
    <message>
        <source>This lesson was changed here too since it was adapted: choose, or combine.</source>
        <translation>Somo hili pia limebadilishwa hapa tangu lilipotoholewa: chagua, au unganisha.</translation>
    </message>
    <message>
        <source>This lesson was not changed here since it was adapted.</source>
        <translation>Somo hili halijabadilishwa hapa tangu lilipotoholewa.</translation>
    </message>
</context>
<context>
    <name>UsbStickActions</name>
    <message>
        <source>USB stick</source>
        <translation>Kifaa cha USB</translation>
    </message>
    <message>
        <source>For PCs that never share a network. Each PC introduces itself on the stick once; read the other PC&apos;s introduction, compare the verification code by phone and approve it above. Then write packages on one PC and read them on the other.</source>
        <translation>Kwa kompyuta ambazo hazishiriki mtandao kamwe. Kila kompyuta hujitambulisha kwenye kifaa mara moja; soma utambulisho wa kompyuta nyingine, linganisha msimbo wa uthibitisho kwa simu na uuidhinishe hapo juu. Kisha andika vifurushi kwenye kompyuta moja na uvisome kwenye nyingine.</translation>
    </message>
    <message>
        <source>Introduce this PC on the USB stick</source>
        <translation>Tambulisha kompyuta hii kwenye kifaa cha USB</translation>
    </message>
    <message>
        <source>Introduction of this PC written to {path}. On the other PC, choose “Read from stick…”, compare the verification code by phone and approve.</source>
        <translation>Utambulisho wa kompyuta hii umeandikwa kwenye {path}. Kwenye kompyuta nyingine, chagua “Soma kutoka kifaa…”, linganisha msimbo wa uthibitisho kwa simu na uidhinishe.</translation>
    </message>
    <message>
        <source>Write packages to the USB stick</source>
        <translation>Andika vifurushi kwenye kifaa cha USB</translation>
    </message>
    <message>
        <source>Link with a PC first: no PC is linked with this one, so there is nothing to write. Introduce both PCs on the stick, read each other&apos;s introduction and approve it; then write packages.</source>
        <translation>Kwanza unganisha na kompyuta: hakuna kompyuta iliyounganishwa na hii, kwa hivyo hakuna cha kuandika. Tambulisha kompyuta zote mbili kwenye kifaa, soma utambulisho wa kila moja na uuidhinishe; kisha andika vifurushi.</translation>
    </message>
    <message>
        <source>Write packages</source>
        <translation>Andika vifurushi</translation>
    </message>
    <message>
        <source>Write packages for {names} to {folder}? A package for a PC of this school carries the learner records: keep the stick safe.</source>
        <translation>Andika vifurushi vya {names} kwenye {folder}? Kifurushi cha kompyuta ya shule hii kina rekodi za wanafunzi: weka kifaa mahali salama.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Andika</translation>
    </message>
    <message>
        <source>Writing packages</source>
        <translation>Inaandika vifurushi</translation>
    </message>
    <message>
        <source>Writing packages for {names} to {folder}…</source>
        <translation>Inaandika vifurushi vya {names} kwenye {folder}…</translation>
    </message>
    <message>
        <source>{done} of {total} documents</source>
        <translation>{done} kati ya nyaraka {total}</translation>
    </message>
    <message>
        <source>{name}: {documents} documents, {changes} changes</source>
        <translation>{name}: nyaraka {documents}, mabadiliko {changes}</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>Vifurushi vimeandikwa</translation>
    </message>
    <message>
        <source>Written to {folder}:</source>
        <translation>Vimeandikwa kwenye {folder}:</translation>
    </message>
    <message>
        <source>On each of those PCs, choose “Read from stick…”.</source>
        <translation>Kwenye kila moja ya kompyuta hizo, chagua “Soma kutoka kifaa…”.</translation>
    </message>
    <message>
        <source>Read from the USB stick</source>
        <translation>Soma kutoka kifaa cha USB</translation>
    </message>
    <message>
        <source>Reading the USB stick</source>
        <translation>Inasoma kifaa cha USB</translation>
    </message>
    <message>
        <source>Reading the packages in {folder}… Cancel stops after the package being read: each package is taken whole.</source>
        <translation>Inasoma vifurushi vilivyo kwenye {folder}… Ghairi husimama baada ya kifurushi kinachosomwa: kila kifurushi huchukuliwa kizima.</translation>
    </message>
    <message>
        <source>an unknown PC</source>
        <translation>kompyuta isiyojulikana</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new changes from {name}.</source>
        <translation>
            <numerusform>Badiliko %n jipya limeingizwa kutoka {name}.</numerusform>
            <numerusform>Mabadiliko %n mapya yameingizwa kutoka {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new from {name}: this PC already had all of it.</source>
        <translation>Hakuna jipya kutoka {name}: kompyuta hii ilikuwa tayari na yote.</translation>
    </message>
    <message>
        <source>Link request from {name}, verification code {code}: compare it by phone with the admin of that PC, then approve it under “Link requests waiting for you”.</source>
        <translation>Ombi la kuunganisha kutoka {name}, msimbo wa uthibitisho {code}: ulinganishe kwa simu na msimamizi wa kompyuta hiyo, kisha uliidhinishe chini ya “Maombi ya kuunganisha yanayokusubiri”.</translation>
    </message>
    <message>
        <source>Skipped {file} from {name}: {reason}.</source>
        <translation>{file} kutoka {name} imerukwa: {reason}.</translation>
    </message>
    <message>
        <source>Refused {file} from {name}: {reason}.</source>
        <translation>{file} kutoka {name} imekataliwa: {reason}.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please enter the {what}.</source>
        <translation>Tafadhali jaza: {what}.</translation>
    </message>
    <message>
        <source>The {what} is too long: {count} characters, at most {limit}.</source>
        <translation>Ni ndefu mno ({what}): herufi {count}, zisizozidi {limit}.</translation>
    </message>
    <message>
        <source>The {what} must be one line of text.</source>
        <translation>Sehemu hii ({what}) inapaswa kuwa mstari mmoja wa maandishi.</translation>
    </message>
    <message>
        <source>The birth year is a year written with digits, such as {example}.</source>
        <translation>Mwaka wa kuzaliwa huandikwa kwa tarakimu, kama {example}.</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and {this_year}.</source>
        <translation>Mwaka wa kuzaliwa lazima uwe kati ya 1900 na {this_year}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code. Use a short code such as en, fr, sw or pt-BR.</source>
        <translation>“{value}” si msimbo wa lugha. Tumia msimbo mfupi kama en, fr, sw au pt-BR.</translation>
    </message>
    <message>
        <source>Please enter the score.</source>
        <translation>Tafadhali andika alama.</translation>
    </message>
    <message>
        <source>The score &apos;{value}&apos; is not a number.</source>
        <translation>Alama “{value}” si namba.</translation>
    </message>
    <message>
        <source>Please enter the maximum score.</source>
        <translation>Tafadhali andika alama za juu kabisa.</translation>
    </message>
    <message>
        <source>The maximum score &apos;{value}&apos; is not a number.</source>
        <translation>Alama za juu kabisa “{value}” si namba.</translation>
    </message>
    <message>
        <source>The maximum score must be greater than 0.</source>
        <translation>Alama za juu kabisa lazima ziwe zaidi ya 0.</translation>
    </message>
    <message>
        <source>The score cannot be negative.</source>
        <translation>Alama haziwezi kuwa chini ya sifuri.</translation>
    </message>
    <message>
        <source>The score {s:g} is higher than the maximum {m:g}.</source>
        <translation>Alama {s:g} ni zaidi ya kiwango cha juu {m:g}.</translation>
    </message>
    <message>
        <source>Please enter a date (year-month-day, e.g. 2026-03-14).</source>
        <translation>Tafadhali andika tarehe (mwaka-mwezi-siku, mf. 2026-03-14).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date. Write it as year-month-day, e.g. 2026-03-14.</source>
        <translation>“{value}” si tarehe. Iandike kama mwaka-mwezi-siku, mf. 2026-03-14.</translation>
    </message>
    <message>
        <source>The date {value} is too far in the past or the future.</source>
        <translation>Tarehe {value} iko mbali mno zamani au baadaye.</translation>
    </message>
    <message>
        <source>Time spent must be between 0 and 1440 minutes.</source>
        <translation>Muda uliotumika lazima uwe kati ya dakika 0 na 1440.</translation>
    </message>
    <message>
        <source>Please choose an admin PIN.</source>
        <translation>Tafadhali chagua PIN ya msimamizi.</translation>
    </message>
    <message>
        <source>The admin PIN needs at least 6 characters (6 digits or more).</source>
        <translation>PIN ya msimamizi inahitaji angalau herufi 6 (tarakimu 6 au zaidi).</translation>
    </message>
    <message>
        <source>The admin PIN can have at most 64 characters.</source>
        <translation>PIN ya msimamizi inaweza kuwa na herufi 64 zisizozidi.</translation>
    </message>
    <message>
        <source>The admin PIN can only use letters, digits and symbols (no spaces at either end).</source>
        <translation>PIN ya msimamizi inaweza kutumia herufi, tarakimu na alama tu (bila nafasi mwanzoni wala mwishoni).</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the new PIN again.</source>
        <translation>PIN hizo mbili hazifanani. Tafadhali andika PIN mpya tena.</translation>
    </message>
    <message>
        <source>Please choose a passphrase for the backups.</source>
        <translation>Tafadhali chagua kaulisiri ya nakala rudufu.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters: a short sentence you can remember is best.</source>
        <translation>Kaulisiri inahitaji angalau herufi {count}: sentensi fupi unayoweza kukumbuka ni bora.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type the passphrase again.</source>
        <translation>Kaulisiri mbili hazifanani. Tafadhali andika kaulisiri tena.</translation>
    </message>
    <message>
        <source>Please choose a folder on a USB stick or a second disk.</source>
        <translation>Tafadhali chagua folda kwenye flash au diski ya pili.</translation>
    </message>
</context>
<context>
    <name>WholeClassActions</name>
    <message>
        <source>Select the learners to enrol first.</source>
        <translation>Kwanza chagua wanafunzi wa kusajili.</translation>
    </message>
    <message>
        <source>There is no course yet: make one on the Courses page.</source>
        <translation>Bado hakuna kozi: unda moja kwenye ukurasa wa Kozi.</translation>
    </message>
    <message numerus="yes">
        <source>%n learners enrolled in {course}.</source>
        <translation>
            <numerusform>Mwanafunzi %n amesajiliwa kwenye {course}.</numerusform>
            <numerusform>Wanafunzi %n wamesajiliwa kwenye {course}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already enrolled.</source>
        <translation>
            <numerusform>%n alikuwa amekwisha sajiliwa.</numerusform>
            <numerusform>%n walikuwa wamekwisha sajiliwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Ingiza orodha ya darasa</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt)</source>
        <translation>Orodha za darasa (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Faili zote (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n learners added and enrolled in {course}.</source>
        <translation>
            <numerusform>Mwanafunzi %n ameongezwa na kusajiliwa kwenye {course}.</numerusform>
            <numerusform>Wanafunzi %n wameongezwa na kusajiliwa kwenye {course}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learners added.</source>
        <translation>
            <numerusform>Mwanafunzi %n ameongezwa.</numerusform>
            <numerusform>Wanafunzi %n wameongezwa.</numerusform>
        </translation>
    </message>
</context>
</TS>
