<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About EduNode</source>
        <translation>حول EduNode</translation>
    </message>
    <message>
        <source>EduNode {version}</source>
        <translation>EduNode {version}</translation>
    </message>
    <message>
        <source>School records that stay on the school&apos;s own PCs and sync between them, with or without the internet.</source>
        <translation>سجلات مدرسية تبقى على حواسيب المدرسة نفسها وتتزامن فيما بينها، مع الإنترنت أو بدونه.</translation>
    </message>
    <message>
        <source>Other admins compare this ID when they link with this PC.</source>
        <translation>يقارن المسؤولون الآخرون هذا المعرّف عند ربط حواسيبهم بهذا الحاسوب.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <source>This PC:</source>
        <translation>هذا الحاسوب:</translation>
    </message>
    <message>
        <source>Node ID:</source>
        <translation>معرّف العقدة:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>الترخيص:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Libraries used</source>
        <translation>المكتبات المستخدمة</translation>
    </message>
    <message>
        <source>EduNode is built with these libraries:</source>
        <translation>بُني EduNode بهذه المكتبات:</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Node created</source>
        <translation>أُنشئت العقدة</translation>
    </message>
    <message>
        <source>PC renamed</source>
        <translation>غُيّر اسم الحاسوب</translation>
    </message>
    <message>
        <source>Link request received</source>
        <translation>وصل طلب ربط</translation>
    </message>
    <message>
        <source>Link request sent</source>
        <translation>أُرسل طلب ربط</translation>
    </message>
    <message>
        <source>Link approved</source>
        <translation>قُبل الربط</translation>
    </message>
    <message>
        <source>Link refused</source>
        <translation>رُفض الربط</translation>
    </message>
    <message>
        <source>PC blocked</source>
        <translation>حُظر الحاسوب</translation>
    </message>
    <message>
        <source>PC unblocked</source>
        <translation>رُفع الحظر عن الحاسوب</translation>
    </message>
    <message>
        <source>Link revoked</source>
        <translation>أُلغي الربط</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation>رُفضت تغييرات</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>Admin PIN changed</source>
        <translation>غُيّر رمز PIN للمسؤول</translation>
    </message>
    <message>
        <source>Wrong admin PIN</source>
        <translation>رمز PIN للمسؤول خاطئ</translation>
    </message>
    <message>
        <source>PC joined the school</source>
        <translation>انضم حاسوب إلى المدرسة</translation>
    </message>
    <message>
        <source>PC removed from the school</source>
        <translation>أُزيل حاسوب من المدرسة</translation>
    </message>
    <message>
        <source>Joined a school</source>
        <translation>انضم إلى مدرسة</translation>
    </message>
    <message>
        <source>Course maintainer added</source>
        <translation>أُضيف مشرف على المقرر</translation>
    </message>
    <message>
        <source>Course maintainer removed</source>
        <translation>أُزيلت مدرسة مشاركة في صيانة المقرر</translation>
    </message>
    <message>
        <source>Course adapted</source>
        <translation>تم تكييف مقرر</translation>
    </message>
    <message>
        <source>Update taken from an original course</source>
        <translation>أُخذ تحديث من مقرر أصلي</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Record bundle imported</source>
        <translation>استُورد ملف سجل متعلم</translation>
    </message>
    <message>
        <source>Record bundle exported</source>
        <translation>صُدّر ملف سجل متعلم</translation>
    </message>
    <message>
        <source>Learner&apos;s record purged</source>
        <translation>حُذف سجل متعلم نهائيًا</translation>
    </message>
    <message>
        <source>School data exported</source>
        <translation>صُدّرت بيانات المدرسة</translation>
    </message>
    <message>
        <source>Introduction written to USB</source>
        <translation>كُتب التعريف على ذاكرة USB</translation>
    </message>
    <message>
        <source>USB package written</source>
        <translation>كُتبت حزمة USB</translation>
    </message>
    <message>
        <source>USB package imported</source>
        <translation>استُوردت حزمة USB</translation>
    </message>
    <message>
        <source>USB package refused</source>
        <translation>رُفضت حزمة USB</translation>
    </message>
    <message>
        <source>Link request expired</source>
        <translation>انتهت مهلة طلب ربط</translation>
    </message>
    <message>
        <source>Records repaired</source>
        <translation>أُصلحت السجلات</translation>
    </message>
    <message>
        <source>Need posted</source>
        <translation>نُشرت حاجة</translation>
    </message>
    <message>
        <source>Offer posted</source>
        <translation>نُشر عرض</translation>
    </message>
    <message>
        <source>Fund created</source>
        <translation>أُنشئ صندوق</translation>
    </message>
    <message>
        <source>Contribution recorded</source>
        <translation>سُجّلت مساهمة</translation>
    </message>
    <message>
        <source>Allocation proposed</source>
        <translation>اقتُرح تخصيص</translation>
    </message>
    <message>
        <source>Allocation approved</source>
        <translation>قُبل تخصيص</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>تم إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Automatic backups changed</source>
        <translation>تغيّرت إعدادات النسخ الاحتياطي التلقائي</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>استُعيد من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Took the place of the backed-up PC</source>
        <translation>حلّ محلّ الحاسوب المنسوخ احتياطيًا</translation>
    </message>
    <message>
        <source>Backup sent to the archive</source>
        <translation>أُرسلت النسخة الاحتياطية إلى الأرشيف</translation>
    </message>
    <message>
        <source>A school&apos;s backup kept</source>
        <translation>حُفظت نسخة احتياطية لمدرسة</translation>
    </message>
    <message>
        <source>A school&apos;s backup sent back</source>
        <translation>أُعيدت نسخة احتياطية لمدرسة</translation>
    </message>
    <message>
        <source>PC allowed to fetch a school&apos;s backups</source>
        <translation>سُمح لحاسوب باسترجاع النسخ الاحتياطية لمدرسة</translation>
    </message>
    <message>
        <source>Community summary published</source>
        <translation>نُشر ملخص المجتمع</translation>
    </message>
    <message>
        <source>Community summary not published</source>
        <translation>لم يُنشر ملخص المجتمع</translation>
    </message>
    <message>
        <source>Course created</source>
        <translation>أُنشئ مقرر</translation>
    </message>
    <message>
        <source>Course details changed</source>
        <translation>عُدّلت بيانات المقرر</translation>
    </message>
    <message>
        <source>Lessons changed</source>
        <translation>عُدّلت الدروس</translation>
    </message>
    <message>
        <source>Course maintainers changed</source>
        <translation>عُدّل المشرفون على المقرر</translation>
    </message>
    <message>
        <source>Learner added</source>
        <translation>أُضيف متعلم</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>سُجّلت نتيجة</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>سُجّل الحضور</translation>
    </message>
    <message>
        <source>Progress recorded</source>
        <translation>سُجّل التقدم</translation>
    </message>
    <message>
        <source>Enrolment changed</source>
        <translation>عُدّل التسجيل</translation>
    </message>
    <message>
        <source>Learner details changed</source>
        <translation>عُدّلت بيانات المتعلم</translation>
    </message>
    <message>
        <source>Learner record changed</source>
        <translation>عُدّل سجل المتعلم</translation>
    </message>
    <message>
        <source>created</source>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <source>details</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>maintainers</source>
        <translation>المشرفون</translation>
    </message>
    <message>
        <source>results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>enrolments</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>كل شيء</translation>
    </message>
    <message>
        <source>Teaching activity</source>
        <translation>النشاط التعليمي</translation>
    </message>
    <message>
        <source>Courses and lessons</source>
        <translation>المقررات والدروس</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المتعلمون</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Registers and attendance</source>
        <translation>سجلات الحضور</translation>
    </message>
    <message>
        <source>Link requests</source>
        <translation>طلبات الربط</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Refusals and blocks</source>
        <translation>الرفض والحظر</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>الإلغاءات</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>التغييرات المرفوضة</translation>
    </message>
    <message>
        <source>Imports and exports</source>
        <translation>الاستيراد والتصدير</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>النسخ الاحتياطية والاستعادة</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>رمز PIN للمسؤول</translation>
    </message>
    <message>
        <source>School membership</source>
        <translation>عضوية المدرسة</translation>
    </message>
    <message>
        <source>Needs, offers and funds</source>
        <translation>الحاجات والعروض والصناديق</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>مكان حدوثه</translation>
    </message>
    <message>
        <source>On any PC</source>
        <translation>على أي حاسوب</translation>
    </message>
    <message>
        <source>On this PC</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Received from other PCs</source>
        <translation>ما وصل من حواسيب أخرى</translation>
    </message>
    <message>
        <source>Filter by text (a name, a school, a reason…)</source>
        <translation>تصفية بنص (اسم، مدرسة، سبب…)</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>تصفية النشاط</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>a course</source>
        <translation>مقرر</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>متعلم</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {parts} (%n changes)</source>
        <translation>
            <numerusform>{title}: {parts} (بلا تغييرات)</numerusform>
            <numerusform>{title}: {parts} (تغيير واحد)</numerusform>
            <numerusform>{title}: {parts} (تغييران)</numerusform>
            <numerusform>{title}: {parts} (%n تغييرات)</numerusform>
            <numerusform>{title}: {parts} (%n تغييرًا)</numerusform>
            <numerusform>{title}: {parts} (%n تغيير)</numerusform>
        </translation>
    </message>
    <message>
        <source>received from {pc}</source>
        <translation>وصل من {pc}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entries</source>
        <translation>
            <numerusform>{shown} من أصل لا شيء</numerusform>
            <numerusform>{shown} من أصل سجل واحد</numerusform>
            <numerusform>{shown} من أصل سجلين</numerusform>
            <numerusform>{shown} من أصل %n سجلات</numerusform>
            <numerusform>{shown} من أصل %n سجلًا</numerusform>
            <numerusform>{shown} من أصل %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdaptDialog</name>
    <message>
        <source>Adapt a course</source>
        <translation>تكييف مقرر</translation>
    </message>
    <message>
        <source>Make a course of this school from “{course}”: its modules and lessons are copied, and the original is named as the source. Title of the new course:</source>
        <translation>إنشاء مقرر لهذه المدرسة من «{course}»: تُنسخ وحداته ودروسه، ويُذكر الأصل مصدرًا. عنوان المقرر الجديد:</translation>
    </message>
    <message>
        <source>course title</source>
        <translation>عنوان المقرر</translation>
    </message>
    <message>
        <source>Share this course with the other schools of the community</source>
        <translation>مشاركة هذا المقرر مع مدارس المجتمع الأخرى</translation>
    </message>
    <message>
        <source>&amp;Adapt</source>
        <translation>&amp;تكييف</translation>
    </message>
</context>
<context>
    <name>AdaptedNotice</name>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>&amp;عرض التغييرات…</translation>
    </message>
    <message>
        <source>See what changed in the original course and take it, lesson by lesson</source>
        <translation>اعرض ما تغيّر في المقرر الأصلي وخذه درسًا درسًا</translation>
    </message>
    <message>
        <source>Adapted from “{course}” by {school}</source>
        <translation>مكيَّف من «{course}» لـ{school}</translation>
    </message>
    <message numerus="yes">
        <source>%n lessons changed in the original course</source>
        <translation>
            <numerusform>لم يتغيّر أي درس في المقرر الأصلي</numerusform>
            <numerusform>تغيّر درس واحد في المقرر الأصلي</numerusform>
            <numerusform>تغيّر درسان في المقرر الأصلي</numerusform>
            <numerusform>تغيّرت %n دروس في المقرر الأصلي</numerusform>
            <numerusform>تغيّر %n درسًا في المقرر الأصلي</numerusform>
            <numerusform>تغيّر %n درس في المقرر الأصلي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unlock EduNode</source>
        <translation>فتح قفل EduNode</translation>
    </message>
    <message>
        <source>This PC&apos;s key is protected. Passphrase:</source>
        <translation>مفتاح هذا الحاسوب محمي. عبارة المرور:</translation>
    </message>
    <message>
        <source>Starting the network…</source>
        <translation>جارٍ تشغيل الشبكة…</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Day of the attendance</source>
        <translation>يوم الحضور</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;حاضر</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>&amp;غائب</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>&amp;حفظ الحضور</translation>
    </message>
    <message>
        <source>Record attendance for a day</source>
        <translation>تسجيل حضور يوم</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>ال&amp;يوم:</translation>
    </message>
    <message numerus="yes">
        <source>Present {present} of %n recorded days ({rate})</source>
        <translation>
            <numerusform>حاضر {present} من أصل لا أيام مسجلة ({rate})</numerusform>
            <numerusform>حاضر {present} من أصل يوم واحد مسجل ({rate})</numerusform>
            <numerusform>حاضر {present} من أصل يومين مسجلين ({rate})</numerusform>
            <numerusform>حاضر {present} من أصل %n أيام مسجلة ({rate})</numerusform>
            <numerusform>حاضر {present} من أصل %n يومًا مسجلًا ({rate})</numerusform>
            <numerusform>حاضر {present} من أصل %n يوم مسجل ({rate})</numerusform>
        </translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>لم يُسجّل أي حضور بعد.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Attendance saved.</source>
        <translation>حُفظ الحضور.</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <source>Set up backups</source>
        <translation>إعداد النسخ الاحتياطي</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>EduNode writes one encrypted file with all of this PC&apos;s records, settings and keys. Nobody can open it without the passphrase, not even EduNode: write the passphrase down and keep it apart from the stick.</source>
        <translation>يكتب EduNode ملفًا مشفّرًا واحدًا فيه كل سجلات هذا الحاسوب وإعداداته ومفاتيحه. لا يستطيع أحد فتحه دون عبارة المرور، ولا حتى EduNode: اكتب عبارة المرور واحفظها بعيدًا عن ذاكرة USB.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>مجلد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>عبارة مرور النسخ الاحتياطية مرة أخرى</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>م&amp;رة أخرى:</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>رقم التعريف الإداري</translation>
    </message>
    <message>
        <source>Admin P&amp;IN:</source>
        <translation>رقم ال&amp;تعريف الإداري:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;نسخ احتياطي</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>انتظر {seconds} ث</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with all of this PC&apos;s records, settings and keys. Keep it on a USB stick or a second disk, away from this PC. If the PC breaks, the backup and its passphrase bring everything back on a new PC.</source>
        <translation>النسخة الاحتياطية ملف مشفّر واحد فيه كل سجلات هذا الحاسوب وإعداداته ومفاتيحه. احفظها على ذاكرة USB أو قرص ثانٍ، بعيدًا عن هذا الحاسوب. إذا تعطّل الحاسوب، تعيد النسخة وعبارة مرورها كل شيء على حاسوب جديد.</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>آخر نسخة احتياطية:</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>النسخ الاحتياطي التلقائي:</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>نسخ احتياطي ال&amp;آن…</translation>
    </message>
    <message>
        <source>Write a backup now (admin PIN and a passphrase)</source>
        <translation>اكتب نسخة احتياطية الآن (رقم التعريف الإداري وعبارة مرور)</translation>
    </message>
    <message>
        <source>Automatic backups while EduNode runs</source>
        <translation>نسخ احتياطي تلقائي أثناء عمل EduNode</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>مجلد النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a second disk</source>
        <translation>مجلد على ذاكرة USB أو قرص ثانٍ</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>كم مرة</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;كم مرة:</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>عدد النسخ الاحتياطية المحفوظة</translation>
    </message>
    <message>
        <source>of this PC&apos;s newest backups; older ones are deleted</source>
        <translation>من أحدث النسخ الاحتياطية لهذا الحاسوب؛ تُحذف الأقدم</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>ا&amp;حتفظ بـ:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>عبارة مرور النسخ الاحتياطية مرة أخرى</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>عبارة المرور م&amp;رة أخرى:</translation>
    </message>
    <message>
        <source>At least 8 characters. Whoever restores a backup needs this passphrase, and nobody can recover it, not even EduNode: write it down and keep it somewhere safe, apart from the stick.</source>
        <translation>8 أحرف على الأقل. من يستعيد نسخة احتياطية يحتاج عبارة المرور هذه، ولا يستطيع أحد استرجاعها، ولا حتى EduNode: اكتبها واحفظها في مكان آمن، بعيدًا عن ذاكرة USB.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>رقم التعريف الإداري</translation>
    </message>
    <message>
        <source>Admin P&amp;IN:</source>
        <translation>رقم ال&amp;تعريف الإداري:</translation>
    </message>
    <message>
        <source>&amp;Turn off…</source>
        <translation>إي&amp;قاف…</translation>
    </message>
    <message>
        <source>Stop the automatic backups (the files stay)</source>
        <translation>أوقف النسخ الاحتياطي التلقائي (تبقى الملفات)</translation>
    </message>
    <message>
        <source>&amp;Save backup settings</source>
        <translation>&amp;حفظ إعدادات النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>Every {days} days</source>
        <translation>كل {days} أيام</translation>
    </message>
    <message>
        <source>Every {hours} hours</source>
        <translation>كل {hours} ساعات</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message numerus="yes">
        <source>(%n days ago)</source>
        <translation>
            <numerusform>(قبل %n يوم)</numerusform>
            <numerusform>(قبل يوم واحد)</numerusform>
            <numerusform>(قبل يومين)</numerusform>
            <numerusform>(قبل %n أيام)</numerusform>
            <numerusform>(قبل %n يومًا)</numerusform>
            <numerusform>(قبل %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Off. Choose a folder and a passphrase below.</source>
        <translation>متوقف. اختر مجلدًا وعبارة مرور أدناه.</translation>
    </message>
    <message>
        <source>{every}, to {folder}. The next one is due now.</source>
        <translation>{every}، إلى {folder}. النسخة التالية مستحقة الآن.</translation>
    </message>
    <message>
        <source>{every}, to {folder}. Next: {when}.</source>
        <translation>{every}، إلى {folder}. التالية: {when}.</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>فشلت آخر نسخة احتياطية تلقائية: {reason}</translation>
    </message>
    <message>
        <source>Please type the admin PIN.</source>
        <translation>يرجى كتابة رقم التعريف الإداري.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups</source>
        <translation>اختر مجلدًا للنسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Automatic backups are on: {every}, to {folder}.</source>
        <translation>النسخ الاحتياطي التلقائي مفعّل: {every}، إلى {folder}.</translation>
    </message>
    <message>
        <source>Turn off automatic backups</source>
        <translation>إيقاف النسخ الاحتياطي التلقائي</translation>
    </message>
    <message>
        <source>EduNode stops making backups by itself and forgets the passphrase. The backups already made stay where they are.</source>
        <translation>يتوقف EduNode عن إنشاء النسخ الاحتياطية بنفسه وينسى عبارة المرور. تبقى النسخ التي أُنشئت في مكانها.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>النسخ الاحتياطي التلقائي متوقف.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>كُتبت النسخة الاحتياطية في {path}.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>جارٍ النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Writing the encrypted backup to {folder}…</source>
        <translation>جارٍ كتابة النسخة الاحتياطية المشفّرة في {folder}…</translation>
    </message>
    <message>
        <source>{done} of {total} MB</source>
        <translation>{done} من {total} م.ب</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
</context>
<context>
    <name>BundleSummaryDialog</name>
    <message>
        <source>This bundle does not give {name}&apos;s record to another school (an older EduNode made it): ask {school} for a new one.</source>
        <translation>هذا الملف لا يسلّم سجل {name} إلى مدرسة أخرى (أنشأه إصدار أقدم من EduNode): اطلب ملفًا جديدًا من {school}.</translation>
    </message>
    <message>
        <source>This bundle was given by this school: it is for the school the learner moves to.</source>
        <translation>أصدرت هذه المدرسة هذا الملف: إنه للمدرسة التي ينتقل إليها المتعلم.</translation>
    </message>
    <message>
        <source>This bundle gives {name} to {school}, not to this school: ask for a bundle made out to this one, or an open one.</source>
        <translation>هذا الملف يسلّم {name} إلى {school} لا إلى هذه المدرسة: اطلب ملفًا باسم هذه المدرسة أو ملفًا مفتوحًا.</translation>
    </message>
    <message>
        <source>The record bundle of {name} (born {year}) from {school} checks out:</source>
        <translation>ملف سجل {name} (مواليد {year}) من {school} سليم:</translation>
    </message>
    <message>
        <source>The record bundle of {name} from {school} checks out:</source>
        <translation>ملف سجل {name} من {school} سليم:</translation>
    </message>
    <message numerus="yes">
        <source>{course}: %n results</source>
        <translation>
            <numerusform>{course}: لا نتائج</numerusform>
            <numerusform>{course}: نتيجة واحدة</numerusform>
            <numerusform>{course}: نتيجتان</numerusform>
            <numerusform>{course}: %n نتائج</numerusform>
            <numerusform>{course}: %n نتيجة</numerusform>
            <numerusform>{course}: %n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody (an older bundle)</source>
        <translation>لا أحد (ملف قديم)</translation>
    </message>
    <message>
        <source>any school (an open record bundle: the first school to import it)</source>
        <translation>أي مدرسة (ملف مفتوح: أول مدرسة تستورده)</translation>
    </message>
    <message>
        <source>this school</source>
        <translation>هذه المدرسة</translation>
    </message>
    <message>
        <source>{school}, on {date}</source>
        <translation>{school}، في {date}</translation>
    </message>
    <message>
        <source>From: {school} (school ID {id})</source>
        <translation>من: {school} (معرّف المدرسة {id})</translation>
    </message>
    <message>
        <source>Issued: {date}</source>
        <translation>تاريخ الإصدار: {date}</translation>
    </message>
    <message>
        <source>Courses: {courses}</source>
        <translation>المقررات: {courses}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Results: {results} · Days of attendance: {days}</source>
        <translation>النتائج: {results} · أيام الحضور: {days}</translation>
    </message>
    <message>
        <source>Released to: {school}</source>
        <translation>سُلّم إلى: {school}</translation>
    </message>
    <message>
        <source>Fingerprint (as on the printed transcript):</source>
        <translation>البصمة (كما في كشف الدرجات المطبوع):</translation>
    </message>
    <message>
        <source>Proofs:</source>
        <translation>الإثباتات:</translation>
    </message>
    <message>
        <source>Its signatures and every change in it check out: a PC of that school made them. Whether the school is who it says is your call: compare its school ID with the one the old school gives you by phone.</source>
        <translation>توقيعاته وكل تغيير فيه سليمة: أجراها حاسوب تابع لتلك المدرسة. أما هل المدرسة هي من تدّعي فقرارك أنت: قارن معرّفها بالمعرّف الذي تعطيك إياه المدرسة السابقة هاتفيًا.</translation>
    </message>
    <message>
        <source>Import continues {name}&apos;s record at this school: the same learner, with every record the old school wrote. The admin PIN is asked next.</source>
        <translation>يواصل الاستيراد سجل {name} في هذه المدرسة: المتعلم نفسه، مع كل ما سجلته المدرسة السابقة. يُطلب رمز PIN للمسؤول بعد ذلك.</translation>
    </message>
    <message>
        <source>Import a record bundle</source>
        <translation>استيراد ملف سجل</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>م&amp;تابعة…</translation>
    </message>
</context>
<context>
    <name>ClassListDialog</name>
    <message>
        <source>Import a class list</source>
        <translation>استيراد قائمة صف</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n rows have a problem (in red).</source>
        <translation>
            <numerusform>{file}: لا صفوف فيها مشكلة.</numerusform>
            <numerusform>{file}: صف واحد فيه مشكلة (بالأحمر).</numerusform>
            <numerusform>{file}: صفان فيهما مشكلة (بالأحمر).</numerusform>
            <numerusform>{file}: %n صفوف فيها مشكلة (بالأحمر).</numerusform>
            <numerusform>{file}: %n صفًا فيها مشكلة (بالأحمر).</numerusform>
            <numerusform>{file}: %n صف فيها مشكلة (بالأحمر).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be imported until every row is right: correct the file and choose it again.</source>
        <translation>لن يُستورد شيء حتى تصح كل الصفوف: صحّح الملف ثم اختره مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n learners to add. Check them, then press Import.</source>
        <translation>
            <numerusform>{file}: لا متعلمين لإضافتهم.</numerusform>
            <numerusform>{file}: متعلم واحد للإضافة. راجعه ثم اضغط استيراد.</numerusform>
            <numerusform>{file}: متعلمان للإضافة. راجعهما ثم اضغط استيراد.</numerusform>
            <numerusform>{file}: %n متعلمين للإضافة. راجعهم ثم اضغط استيراد.</numerusform>
            <numerusform>{file}: %n متعلمًا للإضافة. راجعهم ثم اضغط استيراد.</numerusform>
            <numerusform>{file}: %n متعلم للإضافة. راجعهم ثم اضغط استيراد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>ولي الأمر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Class list preview</source>
        <translation>معاينة قائمة الصف</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>No course (add them only)</source>
        <translation>بلا مقرر (إضافتهم فقط)</translation>
    </message>
    <message>
        <source>Also enrol them in this course</source>
        <translation>تسجيلهم أيضًا في هذا المقرر</translation>
    </message>
    <message>
        <source>Also enrol them in:</source>
        <translation>تسجيلهم أيضًا في:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>Community</source>
        <translation>المجتمع</translation>
    </message>
    <message>
        <source>This PC is not in a school yet. Choose a PC of your school under “Found on the network” and ask to join its school; its admin approves with their PIN.</source>
        <translation>هذا الحاسوب ليس في مدرسة بعد. اختر حاسوبًا من مدرستك تحت «موجودة على الشبكة» واطلب الانضمام إلى مدرسته؛ يوافق مسؤوله برمز PIN الخاص به.</translation>
    </message>
    <message>
        <source>Link requests waiting for you</source>
        <translation>طلبات ربط بانتظارك</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <source>No link request is waiting.</source>
        <translation>لا يوجد طلب ربط بالانتظار.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;موافقة…</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;حظر…</translation>
    </message>
    <message>
        <source>Refuse and ignore every later request from this PC</source>
        <translation>رفض كل الطلبات اللاحقة من هذا الحاسوب وتجاهلها</translation>
    </message>
    <message>
        <source>Linked PCs</source>
        <translation>الحواسيب المرتبطة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلَمة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>المرسَلة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>المرفوضة</translation>
    </message>
    <message>
        <source>No PC is linked yet. Approve a request above, or ask a PC found on the network.</source>
        <translation>لا يوجد حاسوب مرتبط بعد. وافق على طلب أعلاه، أو اطلب الربط من حاسوب موجود على الشبكة.</translation>
    </message>
    <message>
        <source>Received and Sent count changes; Rejected counts changes refused as invalid</source>
        <translation>المستلَمة والمرسَلة تعدّ التغييرات؛ المرفوضة تعدّ التغييرات المرفوضة لعدم صلاحيتها</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <source>Connect to every linked PC that can be reached and exchange changes now</source>
        <translation>الاتصال الآن بكل حاسوب مرتبط يمكن الوصول إليه وتبادل التغييرات</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>إل&amp;غاء الربط…</translation>
    </message>
    <message>
        <source>Found on the network</source>
        <translation>موجودة على الشبكة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No other EduNode PC found yet.</source>
        <translation>لم يُعثر بعد على حاسوب آخر يعمل عليه EduNode.</translation>
    </message>
    <message>
        <source>Ask to &amp;link</source>
        <translation>طلب ال&amp;ربط</translation>
    </message>
    <message>
        <source>Ask to &amp;join its school</source>
        <translation>طلب الان&amp;ضمام إلى مدرسته</translation>
    </message>
    <message>
        <source>&amp;Introduce this PC…</source>
        <translation>&amp;تعريف هذا الحاسوب…</translation>
    </message>
    <message>
        <source>&amp;Write packages…</source>
        <translation>&amp;كتابة الحزم…</translation>
    </message>
    <message>
        <source>Rea&amp;d from stick…</source>
        <translation>&amp;قراءة من الذاكرة…</translation>
    </message>
    <message>
        <source>Refused, blocked and revoked</source>
        <translation>المرفوضة والمحظورة والملغاة</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>Approve a&amp;gain…</source>
        <translation>موافقة م&amp;جددًا…</translation>
    </message>
    <message>
        <source>Sync with {name} keeps failing: {problem}.</source>
        <translation>تستمر المزامنة مع {name} في الإخفاق: {problem}.</translation>
    </message>
    <message>
        <source> Next try in {s} s.</source>
        <translation> المحاولة التالية بعد {s} ث.</translation>
    </message>
    <message>
        <source>Community peer</source>
        <translation>شريك في المجتمع</translation>
    </message>
    <message>
        <source>Member of this school</source>
        <translation>عضو في هذه المدرسة</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Request sent, waiting for their admin</source>
        <translation>أُرسل الطلب، بانتظار مسؤوله</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>(no school yet)</source>
        <translation>(بلا مدرسة بعد)</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● متصل</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message numerus="yes">
        <source>%n link requests were dropped: too many were waiting, or newer ones from the same address replaced them (last: {when}). If a PC you expect is not listed, ask it to send its request again.</source>
        <translation>
            <numerusform>حُذف %n طلب ربط: كانت الطلبات المنتظرة كثيرة جدًا، أو حلّت محلها طلبات أحدث من العنوان نفسه (آخرها: {when}). إن لم يظهر حاسوب تنتظره، فاطلب منه أن يرسل طلبه مرة أخرى.</numerusform>
            <numerusform>حُذف طلب ربط واحد: كانت الطلبات المنتظرة كثيرة جدًا، أو حلّ محله طلب أحدث من العنوان نفسه (آخرها: {when}). إن لم يظهر حاسوب تنتظره، فاطلب منه أن يرسل طلبه مرة أخرى.</numerusform>
            <numerusform>حُذف طلبا ربط: كانت الطلبات المنتظرة كثيرة جدًا، أو حلّت محلهما طلبات أحدث من العنوان نفسه (آخرها: {when}). إن لم يظهر حاسوب تنتظره، فاطلب منه أن يرسل طلبه مرة أخرى.</numerusform>
            <numerusform>حُذفت %n طلبات ربط: كانت الطلبات المنتظرة كثيرة جدًا، أو حلّت محلها طلبات أحدث من العنوان نفسه (آخرها: {when}). إن لم يظهر حاسوب تنتظره، فاطلب منه أن يرسل طلبه مرة أخرى.</numerusform>
            <numerusform>حُذف %n طلب ربط: كانت الطلبات المنتظرة كثيرة جدًا، أو حلّت محلها طلبات أحدث من العنوان نفسه (آخرها: {when}). إن لم يظهر حاسوب تنتظره، فاطلب منه أن يرسل طلبه مرة أخرى.</numerusform>
            <numerusform>حُذف %n طلب ربط: كانت الطلبات المنتظرة كثيرة جدًا، أو حلّت محلها طلبات أحدث من العنوان نفسه (آخرها: {when}). إن لم يظهر حاسوب تنتظره، فاطلب منه أن يرسل طلبه مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Node ID {id}</source>
        <translation>معرّف العقدة {id}</translation>
    </message>
    <message>
        <source>The network service is not running on this PC.</source>
        <translation>خدمة الشبكة لا تعمل على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Approve the link</source>
        <translation>الموافقة على الربط</translation>
    </message>
    <message>
        <source>Link with “{name}” ({school})? First check that its screen shows the same verification code. A member of this school also receives the learner records.</source>
        <translation>الربط مع «{name}» ({school})؟ تأكد أولًا أن شاشته تعرض رمز التحقق نفسه. العضو في هذه المدرسة يتلقى أيضًا سجلات المتعلمين.</translation>
    </message>
    <message>
        <source>no school yet</source>
        <translation>بلا مدرسة بعد</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Linked with {name}.</source>
        <translation>تم الربط مع {name}.</translation>
    </message>
    <message>
        <source>Refuse “{name}” and ignore its requests from now on?</source>
        <translation>رفض «{name}» وتجاهل طلباته من الآن؟</translation>
    </message>
    <message>
        <source>Refuse the link request from “{name}”? It may ask again later.</source>
        <translation>رفض طلب الربط من «{name}»؟ يمكنه أن يطلب مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>حظر</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>رفض الطلب</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>{name} blocked.</source>
        <translation>حُظر {name}.</translation>
    </message>
    <message>
        <source>Request from {name} refused.</source>
        <translation>رُفض الطلب من {name}.</translation>
    </message>
    <message>
        <source>Revoke the link</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <source>Stop all exchange with “{name}” now? What it already received stays there. A PC of this school is also removed from the school.</source>
        <translation>إيقاف كل تبادل مع «{name}» الآن؟ ما وصله من قبل يبقى عنده. والحاسوب التابع لهذه المدرسة يُزال أيضًا من المدرسة.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <source>Link with {name} revoked.</source>
        <translation>أُلغي الربط مع {name}.</translation>
    </message>
    <message>
        <source>Syncing with every linked PC that can be reached. Progress shows below.</source>
        <translation>جارٍ المزامنة مع كل حاسوب مرتبط يمكن الوصول إليه. يظهر التقدم أدناه.</translation>
    </message>
    <message>
        <source>Join a school</source>
        <translation>الانضمام إلى مدرسة</translation>
    </message>
    <message>
        <source>Ask “{name}” to let this PC join its school “{school}”?</source>
        <translation>أتطلب من «{name}» أن يضم هذا الحاسوب إلى مدرسته «{school}»؟</translation>
    </message>
    <message>
        <source>Ask to join</source>
        <translation>طلب الانضمام</translation>
    </message>
    <message>
        <source>Request sent to {name}. Its admin should see the verification code {code}; approve it here too when it appears.</source>
        <translation>أُرسل الطلب إلى {name}. يُفترض أن يرى مسؤوله رمز التحقق {code}؛ وافق عليه هنا أيضًا عندما يظهر.</translation>
    </message>
</context>
<context>
    <name>CommunityView</name>
    <message>
        <source>Course shown in the chart</source>
        <translation>المقرر المعروض في الرسم البياني</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>ا&amp;نشر الآن</translation>
    </message>
    <message>
        <source>Publish this school&apos;s summary now: its totals per shared course (they are also sent once a day while EduNode runs)</source>
        <translation>انشر ملخص هذه المدرسة الآن: مجاميعها لكل مقرر مشترك (تُرسل أيضًا مرة في اليوم ما دام EduNode يعمل)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>الرسم البياني:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المتعلمون</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>Average result</source>
        <translation>متوسط النتائج</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Figures per course and school</source>
        <translation>الأرقام لكل مقرر ومدرسة</translation>
    </message>
    <message>
        <source>Chart of the schools&apos; figures for one course</source>
        <translation>رسم بياني لأرقام المدارس في مقرر واحد</translation>
    </message>
    <message>
        <source>Each school publishes totals per shared course, only for groups of at least 5 learners (a smaller group shows as “fewer than 5”): no learner&apos;s name, ID, birth year or own figure leaves a school.</source>
        <translation>تنشر كل مدرسة مجاميع لكل مقرر مشترك، للمجموعات التي تضم 5 متعلمين على الأقل فقط (تظهر المجموعة الأصغر بعبارة «أقل من 5»): لا يغادر المدرسة اسم متعلم ولا معرّفه ولا سنة ميلاده ولا رقم يخصه وحده.</translation>
    </message>
    <message>
        <source>This school&apos;s summary was published ({n} shared courses).</source>
        <translation>نُشر ملخص هذه المدرسة ({n} من المقررات المشتركة).</translation>
    </message>
    <message numerus="yes">
        <source>%n schools</source>
        <translation>
            <numerusform>لا مدارس</numerusform>
            <numerusform>مدرسة واحدة</numerusform>
            <numerusform>مدرستان</numerusform>
            <numerusform>%n مدارس</numerusform>
            <numerusform>%n مدرسة</numerusform>
            <numerusform>%n مدرسة</numerusform>
        </translation>
    </message>
    <message>
        <source>this school&apos;s summary published {day}</source>
        <translation>نُشر ملخص هذه المدرسة في {day}</translation>
    </message>
    <message>
        <source>this school has not published a summary yet</source>
        <translation>لم تنشر هذه المدرسة ملخصًا بعد</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>أقل من 5</translation>
    </message>
    <message>
        <source>Completion %</source>
        <translation>الإنجاز %</translation>
    </message>
    <message>
        <source>Average result %</source>
        <translation>متوسط النتائج %</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>الحضور %</translation>
    </message>
    <message>
        <source>fewer than 5 learners</source>
        <translation>أقل من 5 متعلمين</translation>
    </message>
    <message>
        <source>No community summary yet: schools publish theirs once a day while EduNode runs, and they arrive with the shared courses.</source>
        <translation>لا يوجد ملخص للمجتمع بعد: تنشر المدارس ملخصاتها مرة في اليوم ما دام EduNode يعمل، وتصل مع المقررات المشتركة.</translation>
    </message>
    <message>
        <source>Export the community comparison</source>
        <translation>تصدير المقارنة بين المدارس</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Comparison saved to {path}.</source>
        <translation>حُفظت المقارنة في {path}.</translation>
    </message>
</context>
<context>
    <name>CourseDetails</name>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;حفظ البيانات</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>‹ All courses</source>
        <translation>‹ كل المقررات</translation>
    </message>
    <message>
        <source>Back to the list of courses (Esc)</source>
        <translation>العودة إلى قائمة المقررات (Esc)</translation>
    </message>
    <message>
        <source>Read only: this course is maintained by another school.</source>
        <translation>للقراءة فقط: هذا المقرر تشرف عليه مدرسة أخرى.</translation>
    </message>
    <message>
        <source>Another school</source>
        <translation>مدرسة أخرى</translation>
    </message>
    <message>
        <source>&amp;Invite a school…</source>
        <translation>&amp;دعوة مدرسة…</translation>
    </message>
    <message>
        <source>Let the chosen school&apos;s PCs edit this course too (admin PIN)</source>
        <translation>السماح لحواسيب المدرسة المختارة بتعديل هذا المقرر أيضًا (رمز PIN للمسؤول)</translation>
    </message>
    <message>
        <source>Stop &amp;sharing…</source>
        <translation>إيقاف ال&amp;مشاركة…</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>الوحدات والدروس</translation>
    </message>
    <message>
        <source>Add &amp;module</source>
        <translation>إضافة &amp;وحدة</translation>
    </message>
    <message>
        <source>Add &amp;lesson</source>
        <translation>إضافة &amp;درس</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة ت&amp;سمية</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل إلى الأ&amp;على</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Shared with the community</source>
        <translation>مشترك مع المجتمع</translation>
    </message>
    <message>
        <source>Private to this school</source>
        <translation>خاص بهذه المدرسة</translation>
    </message>
    <message>
        <source>Last changed by {pc} on {date}</source>
        <translation>آخر تعديل بواسطة {pc} في {date}</translation>
    </message>
    <message>
        <source>Add a module</source>
        <translation>إضافة وحدة</translation>
    </message>
    <message>
        <source>Title of the new module:</source>
        <translation>عنوان الوحدة الجديدة:</translation>
    </message>
    <message>
        <source>module title</source>
        <translation>عنوان الوحدة</translation>
    </message>
    <message>
        <source>Add a lesson</source>
        <translation>إضافة درس</translation>
    </message>
    <message>
        <source>Title of the new lesson:</source>
        <translation>عنوان الدرس الجديد:</translation>
    </message>
    <message>
        <source>lesson title</source>
        <translation>عنوان الدرس</translation>
    </message>
    <message>
        <source>New title of the module:</source>
        <translation>العنوان الجديد للوحدة:</translation>
    </message>
    <message>
        <source>New title of the lesson:</source>
        <translation>العنوان الجديد للدرس:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Delete the module “{name}” and all its lessons?</source>
        <translation>حذف الوحدة «{name}» وكل دروسها؟</translation>
    </message>
    <message>
        <source>Delete the lesson “{name}” and its text?</source>
        <translation>حذف الدرس «{name}» ونصه؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>“{name}” deleted.</source>
        <translation>حُذف «{name}».</translation>
    </message>
    <message>
        <source>Course details saved.</source>
        <translation>حُفظت بيانات المقرر.</translation>
    </message>
    <message>
        <source> (owner)</source>
        <translation> (المالكة)</translation>
    </message>
    <message>
        <source>Maintained by: {schools}</source>
        <translation>تتولى صيانته: {schools}</translation>
    </message>
    <message>
        <source>No other school is known here yet: link a PC of that school first</source>
        <translation>لا توجد مدرسة أخرى معروفة هنا بعد: اربط أولًا حاسوبًا من تلك المدرسة</translation>
    </message>
    <message>
        <source>Invite a school</source>
        <translation>دعوة مدرسة</translation>
    </message>
    <message>
        <source>Let every PC of {school} edit “{course}” (its lessons, modules and details) with this school? Their edits and yours merge.</source>
        <translation>هل تسمح لكل حاسوب في {school} بتعديل «{course}» (دروسه ووحداته وتفاصيله) مع هذه المدرسة؟ تُدمج تعديلاتهم مع تعديلاتك.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>دعوة</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>إيقاف المشاركة</translation>
    </message>
    <message>
        <source>Stop {school} editing “{course}”? Edits its PCs make from now on are refused everywhere; what they wrote before stays.</source>
        <translation>هل توقف {school} عن تعديل «{course}»؟ تُرفض في كل مكان التعديلات التي تجريها حواسيبها من الآن؛ ويبقى ما كتبته من قبل.</translation>
    </message>
</context>
<context>
    <name>CourseFields</name>
    <message>
        <source>e.g. Mathematics</source>
        <translation>مثال: الرياضيات</translation>
    </message>
    <message>
        <source>e.g. Grade 5</source>
        <translation>مثال: الصف الخامس</translation>
    </message>
    <message>
        <source>Choose a language or type its code (such as en, fr, sw, pt-BR).</source>
        <translation>اختر لغة أو اكتب رمزها (مثل en أو fr أو sw أو pt-BR).</translation>
    </message>
    <message>
        <source>What learners will be able to do after this course</source>
        <translation>ما سيستطيع المتعلمون فعله بعد هذا المقرر</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>ال&amp;مادة:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>المس&amp;توى:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>المل&amp;خص:</translation>
    </message>
    <message>
        <source>course title</source>
        <translation>عنوان المقرر</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>The summary is too long: {n} characters, at most 2000.</source>
        <translation>الملخص طويل جدًا: عدد الأحرف {n}، والحد الأقصى 2000.</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>المقررات</translation>
    </message>
    <message>
        <source>Search by title or subject</source>
        <translation>البحث بالعنوان أو المادة</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>البحث في المقررات</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>مقرر &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Adapt…</source>
        <translation>&amp;تكييف…</translation>
    </message>
    <message>
        <source>Make a course of this school from the chosen one, to change as you wish</source>
        <translation>أنشئ مقررًا لهذه المدرسة من المقرر المختار، لتغيّره كما تشاء</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>خاص</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>No course matches this search.</source>
        <translation>لا يوجد مقرر يطابق هذا البحث.</translation>
    </message>
    <message>
        <source>No courses yet. Create the first one with “New course…”.</source>
        <translation>لا توجد مقررات بعد. أنشئ أولها بـ«مقرر جديد…».</translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>لا مقررات</numerusform>
            <numerusform>مقرر واحد</numerusform>
            <numerusform>مقرران</numerusform>
            <numerusform>%n مقررات</numerusform>
            <numerusform>%n مقررًا</numerusform>
            <numerusform>%n مقرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ courses</source>
        <translation>
            <numerusform>أكثر من %n مقرر</numerusform>
            <numerusform>أكثر من مقرر واحد</numerusform>
            <numerusform>أكثر من مقررين</numerusform>
            <numerusform>أكثر من %n مقررات</numerusform>
            <numerusform>أكثر من %n مقررًا</numerusform>
            <numerusform>أكثر من %n مقرر</numerusform>
        </translation>
    </message>
    <message>
        <source>This school</source>
        <translation>هذه المدرسة</translation>
    </message>
    <message>
        <source>Another school</source>
        <translation>مدرسة أخرى</translation>
    </message>
    <message>
        <source>Course adapted: change it as you wish; the original stays as it was.</source>
        <translation>تم تكييف المقرر: غيّره كما تشاء؛ ويبقى الأصل كما كان.</translation>
    </message>
    <message>
        <source>Course created. Add its first module and lesson below.</source>
        <translation>أُنشئ المقرر. أضف أول وحدة ودرس له أدناه.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in a course</source>
        <translation>التسجيل في مقرر</translation>
    </message>
    <message numerus="yes">
        <source>Enrol the %n selected learners in:</source>
        <translation>
            <numerusform>تسجيل المتعلمين المحددين في:</numerusform>
            <numerusform>تسجيل المتعلم المحدد في:</numerusform>
            <numerusform>تسجيل المتعلمَين المحددَين في:</numerusform>
            <numerusform>تسجيل المتعلمين المحددين (%n) في:</numerusform>
            <numerusform>تسجيل المتعلمين المحددين (%n) في:</numerusform>
            <numerusform>تسجيل المتعلمين المحددين (%n) في:</numerusform>
        </translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;تسجيل</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up EduNode</source>
        <translation>إعداد EduNode</translation>
    </message>
    <message>
        <source>&amp;Start using EduNode</source>
        <translation>&amp;ابدأ استخدام EduNode</translation>
    </message>
    <message>
        <source>Setting up this PC (making its key and its store)…</source>
        <translation>جارٍ إعداد هذا الحاسوب (إنشاء مفتاحه ومخزنه)…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ساعة و{minutes} دقيقة</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} ساعة</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} دقيقة</translation>
    </message>
</context>
<context>
    <name>LearnerDetail</name>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>أكمل</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>‹ All learners</source>
        <translation>‹ كل المتعلمين</translation>
    </message>
    <message>
        <source>Back to the list of learners (Esc)</source>
        <translation>العودة إلى قائمة المتعلمين (Esc)</translation>
    </message>
    <message>
        <source>&amp;Transfer to another school…</source>
        <translation>ن&amp;قل إلى مدرسة أخرى…</translation>
    </message>
    <message>
        <source>Give this learner&apos;s record to their new school: a signed record bundle and a printable transcript they carry there (admin PIN)</source>
        <translation>تسليم سجل هذا المتعلم إلى مدرسته الجديدة: ملف سجل موقّع وكشف درجات قابل للطباعة يحملهما إليها (رمز PIN للمسؤول)</translation>
    </message>
    <message>
        <source>&amp;Purge record…</source>
        <translation>ح&amp;ذف السجل نهائيًا…</translation>
    </message>
    <message>
        <source>Delete this record from every PC of this school (admin PIN; cannot be undone)</source>
        <translation>حذف هذا السجل من كل حواسيب هذه المدرسة (رمز PIN للمسؤول؛ لا يمكن التراجع)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;حفظ الملف الشخصي</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Course to enrol in</source>
        <translation>المقرر المراد التسجيل فيه</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;تسجيل</translation>
    </message>
    <message>
        <source>New status of the selected enrolment</source>
        <translation>الحالة الجديدة للتسجيل المحدد</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>تعيين ال&amp;حالة</translation>
    </message>
    <message>
        <source>Enrol in:</source>
        <translation>التسجيل في:</translation>
    </message>
    <message>
        <source>Selected enrolment:</source>
        <translation>التسجيل المحدد:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Notes about this learner, visible to the staff of this school.</source>
        <translation>ملاحظات عن هذا المتعلم، يراها العاملون في هذه المدرسة.</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>حفظ ال&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>المقررات</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Transferred to {school} on {date} — this record is kept read-only here</source>
        <translation>نُقل إلى {school} في {date} — يُحفظ هذا السجل هنا للقراءة فقط</translation>
    </message>
    <message>
        <source>Given with an open record bundle on {date} — this record is kept read-only here</source>
        <translation>سُلّم بملف سجل مفتوح في {date} — يُحفظ هذا السجل هنا للقراءة فقط</translation>
    </message>
    <message>
        <source>(a course not on this PC)</source>
        <translation>(مقرر غير موجود على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>حُفظ الملف الشخصي.</translation>
    </message>
    <message>
        <source>Enrolled in {course}.</source>
        <translation>سُجّل في {course}.</translation>
    </message>
    <message>
        <source>Enrolment updated.</source>
        <translation>حُدّث التسجيل.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>حُفظت الملاحظات.</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Learners</source>
        <translation>المتعلمون</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <source>Search learners</source>
        <translation>البحث في المتعلمين</translation>
    </message>
    <message>
        <source>Only learners of this course</source>
        <translation>متعلمو هذا المقرر فقط</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>كل المقررات</translation>
    </message>
    <message>
        <source>Only this enrolment status</source>
        <translation>حالة التسجيل هذه فقط</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>أكمل</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Show trans&amp;ferred</source>
        <translation>إظهار المن&amp;قولين</translation>
    </message>
    <message>
        <source>List the learners who moved to another school too (kept read-only here)</source>
        <translation>عرض المتعلمين الذين انتقلوا إلى مدرسة أخرى أيضًا (محفوظون هنا للقراءة فقط)</translation>
    </message>
    <message>
        <source>&amp;Add learner…</source>
        <translation>إ&amp;ضافة متعلم…</translation>
    </message>
    <message>
        <source>Take &amp;register…</source>
        <translation>تسجيل ال&amp;حضور…</translation>
    </message>
    <message>
        <source>Mark a whole class present or absent for a day</source>
        <translation>تسجيل صف كامل حاضرًا أو غائبًا في يوم</translation>
    </message>
    <message>
        <source>&amp;Import a record bundle…</source>
        <translation>ا&amp;ستيراد ملف سجل…</translation>
    </message>
    <message>
        <source>Enrol a learner from another school with the record bundle they bring</source>
        <translation>تسجيل متعلم من مدرسة أخرى بملف السجل الذي يحمله</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Active courses</source>
        <translation>المقررات النشطة</translation>
    </message>
    <message>
        <source>&amp;Enrol in course…</source>
        <translation>ال&amp;تسجيل في مقرر…</translation>
    </message>
    <message>
        <source>Enrol the selected learners (Shift or Ctrl and click) in a course at once</source>
        <translation>تسجيل المتعلمين المحددين (Shift أو Ctrl مع النقر) في مقرر دفعة واحدة</translation>
    </message>
    <message>
        <source>Import &amp;class list…</source>
        <translation>استيراد قائمة &amp;صف…</translation>
    </message>
    <message>
        <source>Add a whole class from a CSV file (name, birth year, guardian)</source>
        <translation>إضافة صف كامل من ملف CSV (الاسم، سنة الميلاد، ولي الأمر)</translation>
    </message>
    <message>
        <source>{name} (transferred)</source>
        <translation>{name} (منقول)</translation>
    </message>
    <message>
        <source>Moved to another school: their record is kept here read-only</source>
        <translation>انتقل إلى مدرسة أخرى: سجله محفوظ هنا للقراءة فقط</translation>
    </message>
    <message>
        <source>No learner matches.</source>
        <translation>لا يوجد متعلم مطابق.</translation>
    </message>
    <message>
        <source>No learners yet. Add one with “Add learner…”.</source>
        <translation>لا يوجد متعلمون بعد. أضف أحدهم بـ«إضافة متعلم…».</translation>
    </message>
    <message numerus="yes">
        <source>%n matching learners</source>
        <translation>
            <numerusform>لا متعلمين مطابقين</numerusform>
            <numerusform>متعلم واحد مطابق</numerusform>
            <numerusform>متعلمان مطابقان</numerusform>
            <numerusform>%n متعلمين مطابقين</numerusform>
            <numerusform>%n متعلمًا مطابقًا</numerusform>
            <numerusform>%n متعلم مطابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ matching learners</source>
        <translation>
            <numerusform>أكثر من %n متعلم مطابق</numerusform>
            <numerusform>أكثر من متعلم واحد مطابق</numerusform>
            <numerusform>أكثر من متعلمَين مطابقَين</numerusform>
            <numerusform>أكثر من %n متعلمين مطابقين</numerusform>
            <numerusform>أكثر من %n متعلمًا مطابقًا</numerusform>
            <numerusform>أكثر من %n متعلم مطابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {n} of %n learners</source>
        <translation>
            <numerusform>عرض {n} من أصل لا متعلمين</numerusform>
            <numerusform>عرض {n} من أصل متعلم واحد</numerusform>
            <numerusform>عرض {n} من أصل متعلمَين</numerusform>
            <numerusform>عرض {n} من أصل %n متعلمين</numerusform>
            <numerusform>عرض {n} من أصل %n متعلمًا</numerusform>
            <numerusform>عرض {n} من أصل %n متعلم</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner added. Enrol them in a course on the Courses tab of their page.</source>
        <translation>أُضيف المتعلم. سجّله في مقرر من تبويب المقررات في صفحته.</translation>
    </message>
    <message>
        <source>Import a record bundle</source>
        <translation>استيراد ملف سجل</translation>
    </message>
    <message>
        <source>Record bundles (*.edunode-learner.json *.json)</source>
        <translation>ملفات السجل (*.edunode-learner.json *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import the record of {name} from {school}: {name} continues at this school with every record in the bundle.</source>
        <translation>استيراد سجل {name} من {school}: يواصل {name} في هذه المدرسة بكل ما في الملف.</translation>
    </message>
    <message>
        <source>This record bundle of {name} was imported before: nothing changed.</source>
        <translation>استُورد ملف سجل {name} هذا من قبل: لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{name} from {school} continues at this school, with every record of their record bundle.</source>
        <translation>يواصل {name} القادم من {school} في هذه المدرسة، بكل ما في ملف سجله.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Importing the record bundle</source>
        <translation>جارٍ استيراد ملف السجل</translation>
    </message>
    <message>
        <source>Importing the record of {name}… Cancel undoes all of it: nothing is kept until the last step.</source>
        <translation>جارٍ استيراد سجل {name}… الإلغاء يتراجع عن كل شيء: لا يُحفظ شيء قبل الخطوة الأخيرة.</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>الخطوة {done} من {total}</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Lesson text</source>
        <translation>نص الدرس</translation>
    </message>
    <message>
        <source>Choose a lesson on the left to read or edit it.</source>
        <translation>اختر درسًا من القائمة لقراءته أو تحريره.</translation>
    </message>
    <message>
        <source>Opening the lesson…</source>
        <translation>جارٍ فتح الدرس…</translation>
    </message>
    <message>
        <source>Write the lesson here. It is saved as you type.</source>
        <translation>اكتب الدرس هنا. يُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <source>This lesson has no text yet.</source>
        <translation>لا نص لهذا الدرس بعد.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>جارٍ التحرير…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>This lesson no longer exists (it was deleted, perhaps on another PC).</source>
        <translation>هذا الدرس لم يعد موجودًا (حُذف، ربما على حاسوب آخر).</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>حُفظت كل التغييرات.</translation>
    </message>
    <message>
        <source>Read only: this course is maintained by another school.</source>
        <translation>للقراءة فقط: هذا المقرر تشرف عليه مدرسة أخرى.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>The records file is damaged: Repair is offered again at the next start.</source>
        <translation>ملف السجلات تالف: سيُعرض الإصلاح مجددًا عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>Repairing the records…</source>
        <translation>جارٍ إصلاح السجلات…</translation>
    </message>
    <message>
        <source>The records were repaired.</source>
        <translation>أُصلحت السجلات.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>الإصلاح</translation>
    </message>
    <message numerus="yes">
        <source>{name} sent %n changes</source>
        <translation>
            <numerusform>لم يرسل {name} أي تغيير</numerusform>
            <numerusform>أرسل {name} تغييرًا واحدًا</numerusform>
            <numerusform>أرسل {name} تغييرين</numerusform>
            <numerusform>أرسل {name} %n تغييرات</numerusform>
            <numerusform>أرسل {name} %n تغييرًا</numerusform>
            <numerusform>أرسل {name} %n تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · ID {short}…</source>
        <translation>{name} · المعرّف {short}…</translation>
    </message>
    <message>
        <source>Node ID {id}. Other admins compare this ID when they link with this PC (Settings shows it in full).</source>
        <translation>معرّف العقدة {id}. يقارن المسؤولون الآخرون هذا المعرّف عند ربط حواسيبهم بهذا الحاسوب (تعرضه الإعدادات كاملًا).</translation>
    </message>
    <message>
        <source>Not in a school yet</source>
        <translation>ليس في مدرسة بعد</translation>
    </message>
    <message>
        <source>Peers online: {online} of {approved}</source>
        <translation>الحواسيب المتصلة: {online} من {approved}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>آخر مزامنة: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Automatic backup written to {path}</source>
        <translation>كُتبت النسخة الاحتياطية التلقائية في {path}</translation>
    </message>
    <message>
        <source>This school&apos;s community summary was published.</source>
        <translation>نُشر ملخص المجتمع لهذه المدرسة.</translation>
    </message>
    <message>
        <source>Automatic backup: {percent} %</source>
        <translation>النسخ الاحتياطي التلقائي: {percent} ٪</translation>
    </message>
    <message>
        <source>This school&apos;s records are only on this PC and have never been backed up. If the PC breaks, they are lost.</source>
        <translation>سجلات هذه المدرسة موجودة على هذا الحاسوب فقط ولم يُنسخ منها أي نسخة احتياطية قط. إذا تعطّل الحاسوب، ضاعت.</translation>
    </message>
    <message numerus="yes">
        <source>This school&apos;s records are only on this PC and have not been backed up for %n days. If the PC breaks, they are lost.</source>
        <translation>
            <numerusform>سجلات هذه المدرسة موجودة على هذا الحاسوب فقط ولم تُنسخ احتياطيًا منذ %n يوم. إذا تعطّل الحاسوب، ضاعت.</numerusform>
            <numerusform>سجلات هذه المدرسة موجودة على هذا الحاسوب فقط ولم تُنسخ احتياطيًا منذ يوم واحد. إذا تعطّل الحاسوب، ضاعت.</numerusform>
            <numerusform>سجلات هذه المدرسة موجودة على هذا الحاسوب فقط ولم تُنسخ احتياطيًا منذ يومين. إذا تعطّل الحاسوب، ضاعت.</numerusform>
            <numerusform>سجلات هذه المدرسة موجودة على هذا الحاسوب فقط ولم تُنسخ احتياطيًا منذ %n أيام. إذا تعطّل الحاسوب، ضاعت.</numerusform>
            <numerusform>سجلات هذه المدرسة موجودة على هذا الحاسوب فقط ولم تُنسخ احتياطيًا منذ %n يومًا. إذا تعطّل الحاسوب، ضاعت.</numerusform>
            <numerusform>سجلات هذه المدرسة موجودة على هذا الحاسوب فقط ولم تُنسخ احتياطيًا منذ %n يوم. إذا تعطّل الحاسوب، ضاعت.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>فشلت آخر نسخة احتياطية تلقائية: {reason}</translation>
    </message>
    <message>
        <source>Network on</source>
        <translation>الشبكة تعمل</translation>
    </message>
    <message>
        <source>No network (USB only)</source>
        <translation>بلا شبكة (USB فقط)</translation>
    </message>
    <message>
        <source>This PC does not use the network: see Settings › Network.</source>
        <translation>هذا الحاسوب لا يستخدم الشبكة: انظر الإعدادات › الشبكة.</translation>
    </message>
    <message>
        <source>Network off</source>
        <translation>الشبكة متوقفة</translation>
    </message>
    <message>
        <source>The network could not start: {reason}</source>
        <translation>تعذّر تشغيل الشبكة: {reason}</translation>
    </message>
    <message>
        <source>About EduNode</source>
        <translation>حول EduNode</translation>
    </message>
    <message>
        <source>Version, node ID, data folder and licences (F1)</source>
        <translation>الإصدار ومعرّف العقدة ومجلد البيانات والتراخيص (F1)</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Welcome to EduNode</source>
        <translation>مرحبًا بك في EduNode</translation>
    </message>
    <message>
        <source>EduNode keeps your school&apos;s courses and learner records on this PC.</source>
        <translation>يحفظ EduNode مقررات مدرستك وسجلات متعلميها على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Name of this PC:</source>
        <translation>&amp;اسم هذا الحاسوب:</translation>
    </message>
    <message>
        <source>Give this PC a name that people will recognise, such as “Library PC” or “Grade 5 classroom”.</source>
        <translation>أعطِ هذا الحاسوب اسمًا يعرفه الناس، مثل «حاسوب المكتبة» أو «قاعة الصف الخامس».</translation>
    </message>
    <message>
        <source>name of this PC</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>NetworkChoice</name>
    <message>
        <source>Find and answer other PCs on &amp;all network connections</source>
        <translation>البحث عن الحواسيب الأخرى والرد عليها على &amp;كل اتصالات الشبكة</translation>
    </message>
    <message>
        <source>Only on these &amp;addresses or connections:</source>
        <translation>على هذه ال&amp;عناوين أو الاتصالات فقط:</translation>
    </message>
    <message>
        <source>On &amp;no network: this PC exchanges records on USB sticks only</source>
        <translation>&amp;بلا شبكة: يتبادل هذا الحاسوب السجلات عبر ذاكرات USB فقط</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20, eth0</source>
        <translation>مثال: 192.168.1.20, eth0</translation>
    </message>
    <message>
        <source>Addresses or connections</source>
        <translation>العناوين أو الاتصالات</translation>
    </message>
    <message>
        <source>{name}: {address} (this PC only, for testing)</source>
        <translation>{name}: {address} (هذا الحاسوب فقط، للتجربة)</translation>
    </message>
    <message>
        <source>{name}: {address}</source>
        <translation>{name}: {address}</translation>
    </message>
    <message>
        <source>Choose where EduNode may look for other PCs, or choose no network.</source>
        <translation>اختر أين يمكن لـEduNode البحث عن حواسيب أخرى، أو اختر بلا شبكة.</translation>
    </message>
    <message>
        <source>Type at least one address or interface name, separated by commas.</source>
        <translation>اكتب عنوانًا واحدًا أو اسم واجهة على الأقل، مفصولة بفواصل.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Finding other PCs</source>
        <translation>العثور على الحواسيب الأخرى</translation>
    </message>
    <message>
        <source>May EduNode use the network, and which connections?</source>
        <translation>هل يستخدم EduNode الشبكة، وبأي اتصالات؟</translation>
    </message>
    <message>
        <source>EduNode will look for other EduNode PCs on this network and answer them, so that the PCs of your school and community can find each other. Nothing is shared with another PC until an admin of this PC approves a link with it. Without a network, records go from PC to PC on a USB stick.</source>
        <translation>سيبحث EduNode عن حواسيب أخرى يعمل عليها EduNode في هذه الشبكة ويرد عليها، ليتعرف بعضها إلى بعض حواسيب مدرستك ومجتمعك. لا يُشارك شيء مع حاسوب آخر حتى يوافق مسؤول هذا الحاسوب على الربط معه. وبلا شبكة، تنتقل السجلات من حاسوب إلى آخر على ذاكرة USB.</translation>
    </message>
    <message>
        <source>You can change this later in Settings › Network.</source>
        <translation>يمكنك تغيير هذا لاحقًا من الإعدادات › الشبكة.</translation>
    </message>
</context>
<context>
    <name>NewCourseDialog</name>
    <message>
        <source>New course</source>
        <translation>مقرر جديد</translation>
    </message>
    <message>
        <source>Share this course with the other schools of the community</source>
        <translation>مشاركة هذا المقرر مع مدارس المجتمع الأخرى</translation>
    </message>
    <message>
        <source>Shared courses go to every linked school. Private ones stay inside this school.</source>
        <translation>تذهب المقررات المشتركة إلى كل مدرسة مرتبطة. أما الخاصة فتبقى داخل هذه المدرسة.</translation>
    </message>
    <message>
        <source>&amp;Create course</source>
        <translation>إ&amp;نشاء المقرر</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <source>Add a learner</source>
        <translation>إضافة متعلم</translation>
    </message>
    <message>
        <source>&amp;Add learner</source>
        <translation>إ&amp;ضافة المتعلم</translation>
    </message>
</context>
<context>
    <name>PathwayTab</name>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>الوقت المستغرق</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ أُنجز</translation>
    </message>
    <message>
        <source>▶ Current</source>
        <translation>◀ الحالي</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Time spent in minutes</source>
        <translation>الوقت المستغرق بالدقائق</translation>
    </message>
    <message>
        <source>Lesson &amp;completed</source>
        <translation>أُنجز ال&amp;درس</translation>
    </message>
    <message>
        <source>Record &amp;progress</source>
        <translation>تسجيل ال&amp;تقدم</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>تسجيل التقدم</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>المقرر:</translation>
    </message>
    <message>
        <source>Not enrolled in any course yet.</source>
        <translation>غير مسجل في أي مقرر بعد.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n lessons done · {time} spent</source>
        <translation>
            <numerusform>{done} من أصل لا دروس · الوقت {time}</numerusform>
            <numerusform>{done} من أصل درس واحد أُنجز · الوقت {time}</numerusform>
            <numerusform>{done} من أصل درسين أُنجز · الوقت {time}</numerusform>
            <numerusform>{done} من أصل %n دروس أُنجز · الوقت {time}</numerusform>
            <numerusform>{done} من أصل %n درسًا أُنجز · الوقت {time}</numerusform>
            <numerusform>{done} من أصل %n درس أُنجز · الوقت {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>ahead of their plan</source>
        <translation>متقدم على خطته</translation>
    </message>
    <message>
        <source>on track with their plan</source>
        <translation>على المسار وفق خطته</translation>
    </message>
    <message>
        <source>behind their plan</source>
        <translation>متأخر عن خطته</translation>
    </message>
    <message>
        <source>{state} (pace: {pace} a week)</source>
        <translation>{state} (الوتيرة: {pace} في الأسبوع)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>Progress recorded for “{lesson}”.</source>
        <translation>سُجّل التقدم في «{lesson}».</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Verification code (the same on both screens):</source>
        <translation>رمز التحقق (نفسه على الشاشتين):</translation>
    </message>
    <message>
        <source>Community peer: shares courses</source>
        <translation>شريك في المجتمع: يتشارك المقررات</translation>
    </message>
    <message>
        <source>Member of my school: shares learners too</source>
        <translation>عضو في مدرستي: يتشارك المتعلمين أيضًا</translation>
    </message>
    <message>
        <source>&amp;Link as:</source>
        <translation>ال&amp;ربط بصفة:</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>رمز PIN للمسؤول</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>رمز &amp;PIN للمسؤول:</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>انتظر {seconds} ث</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Admin PIN</source>
        <translation>رمز PIN للمسؤول</translation>
    </message>
    <message>
        <source>Approving links with other PCs and other admin actions ask for this PIN.</source>
        <translation>الموافقة على الربط مع حواسيب أخرى وسائر أعمال المسؤول تطلب هذا الرمز.</translation>
    </message>
    <message>
        <source>Admin PIN again</source>
        <translation>رمز PIN للمسؤول مرة أخرى</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>رمز &amp;PIN للمسؤول:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>م&amp;رة أخرى:</translation>
    </message>
    <message>
        <source>Choose at least 6 digits. Keep it for the people who run the school.</source>
        <translation>اختر 6 أرقام على الأقل. احفظه للقائمين على المدرسة.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Learner&apos;s name</source>
        <translation>اسم المتعلم</translation>
    </message>
    <message>
        <source>e.g. 2015 (optional)</source>
        <translation>مثال: 2015 (اختياري)</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Name and phone of a parent or guardian (optional)</source>
        <translation>اسم أحد الوالدين أو ولي الأمر وهاتفه (اختياري)</translation>
    </message>
    <message>
        <source>Guardian contact</source>
        <translation>بيانات الاتصال بولي الأمر</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>سنة ال&amp;ميلاد:</translation>
    </message>
    <message>
        <source>&amp;Guardian contact:</source>
        <translation>الاتصال بولي الأ&amp;مر:</translation>
    </message>
    <message>
        <source>learner&apos;s name</source>
        <translation>اسم المتعلم</translation>
    </message>
    <message>
        <source>guardian contact</source>
        <translation>بيانات الاتصال بولي الأمر</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop at the next safe point; what was finished before is kept whole</source>
        <translation>التوقف عند أقرب نقطة آمنة؛ ما اكتمل قبلها يبقى سليمًا</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>جارٍ التوقف عند أقرب نقطة آمنة…</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Delete {name}&apos;s record from every PC of this school?</source>
        <translation>حذف سجل {name} من كل حواسيب هذه المدرسة؟</translation>
    </message>
    <message>
        <source>Their profile, courses, results, attendance, progress, notes and the record bundles kept here are deleted from this PC now, and from every other PC of this school as it syncs. Each PC keeps only a line in its activity with the learner&apos;s ID and the date.</source>
        <translation>يُحذف ملفه الشخصي ودوراته ونتائجه وحضوره وتقدمه وملاحظاته وملفات السجل المحفوظة هنا من هذا الحاسوب الآن، ومن كل حاسوب آخر في هذه المدرسة عند مزامنته. لا يحتفظ كل حاسوب إلا بسطر في نشاطه فيه معرّف المتعلم والتاريخ.</translation>
    </message>
    <message>
        <source>This cannot be undone. {name}&apos;s new school keeps their record.</source>
        <translation>لا يمكن التراجع عن ذلك. تحتفظ مدرسة {name} الجديدة بسجله.</translation>
    </message>
    <message>
        <source>Purge the record of {name}</source>
        <translation>حذف سجل {name} نهائيًا</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;حذف نهائي</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>‹ All learners</source>
        <translation>‹ كل المتعلمين</translation>
    </message>
    <message>
        <source>Class register</source>
        <translation>سجل حضور الصف</translation>
    </message>
    <message>
        <source>Class (course)</source>
        <translation>الصف (المقرر)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>ال&amp;صف:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>ال&amp;يوم:</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Space marks the selected learner present or absent</source>
        <translation>مفتاح المسافة يسجّل المتعلم المحدد حاضرًا أو غائبًا</translation>
    </message>
    <message>
        <source>All &amp;present</source>
        <translation>الكل &amp;حاضر</translation>
    </message>
    <message>
        <source>All a&amp;bsent</source>
        <translation>الكل &amp;غائب</translation>
    </message>
    <message>
        <source>&amp;Save register</source>
        <translation>&amp;حفظ الحضور</translation>
    </message>
    <message>
        <source>Create a course and enrol learners to take a register.</source>
        <translation>أنشئ مقررًا وسجّل فيه متعلمين لتسجيل الحضور.</translation>
    </message>
    <message>
        <source>Loading the class…</source>
        <translation>جارٍ تحميل الصف…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>No learner is enrolled in this course.</source>
        <translation>لا يوجد متعلم مسجل في هذا المقرر.</translation>
    </message>
    <message numerus="yes">
        <source>%n learners</source>
        <translation>
            <numerusform>لا متعلمين</numerusform>
            <numerusform>متعلم واحد</numerusform>
            <numerusform>متعلمان</numerusform>
            <numerusform>%n متعلمين</numerusform>
            <numerusform>%n متعلمًا</numerusform>
            <numerusform>%n متعلم</numerusform>
        </translation>
    </message>
    <message>
        <source>{present} present · {absent} absent</source>
        <translation>الحاضرون: {present} · الغائبون: {absent}</translation>
    </message>
    <message>
        <source>already recorded for this day; saving replaces it</source>
        <translation>سبق تسجيله لهذا اليوم؛ الحفظ يستبدله</translation>
    </message>
    <message numerus="yes">
        <source>Register saved for {day}: %n learners.</source>
        <translation>
            <numerusform>حُفظ الحضور ليوم {day}: لا متعلمين.</numerusform>
            <numerusform>حُفظ الحضور ليوم {day}: متعلم واحد.</numerusform>
            <numerusform>حُفظ الحضور ليوم {day}: متعلمان.</numerusform>
            <numerusform>حُفظ الحضور ليوم {day}: %n متعلمين.</numerusform>
            <numerusform>حُفظ الحضور ليوم {day}: %n متعلمًا.</numerusform>
            <numerusform>حُفظ الحضور ليوم {day}: %n متعلم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairOffer</name>
    <message>
        <source>The records file is damaged</source>
        <translation>ملف السجلات تالف</translation>
    </message>
    <message>
        <source>EduNode found damage in this PC&apos;s records file. Repair keeps every record that still reads, rebuilds the lists from the change log and fetches damaged changes again from the school&apos;s other PCs at the next sync.</source>
        <translation>وجد EduNode تلفًا في ملف سجلات هذا الحاسوب. يحتفظ الإصلاح بكل سجل ما زالت قراءته ممكنة، ويعيد بناء القوائم من سجل التغييرات، ويجلب التغييرات التالفة مجددًا من حواسيب المدرسة الأخرى عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… و{n} أخرى</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>إ&amp;صلاح</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>The records were repaired.</source>
        <translation>أُصلحت السجلات.</translation>
    </message>
    <message>
        <source>Could not be read: {what}.</source>
        <translation>تعذّرت قراءة: {what}.</translation>
    </message>
    <message>
        <source>{n} record(s) still miss changes: they come back at the next sync with a PC of the school that has them.</source>
        <translation>ما زالت بعض التغييرات ناقصة في {n} من السجلات: ستعود عند المزامنة التالية مع حاسوب من المدرسة يملكها.</translation>
    </message>
    <message>
        <source>The latest backup is {path}.</source>
        <translation>أحدث نسخة احتياطية هي {path}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <source>Who needs &amp;help</source>
        <translation>من يحتاج إلى م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Show the learners who need help instead of the chart</source>
        <translation>عرض المتعلمين الذين يحتاجون إلى مساعدة بدلًا من الرسم البياني</translation>
    </message>
    <message>
        <source>This &amp;school</source>
        <translation>&amp;هذه المدرسة</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>ال&amp;مجتمع</translation>
    </message>
    <message>
        <source>Compare the schools course by course, from the summaries they publish</source>
        <translation>قارن بين المدارس مقررًا مقررًا، من الملخصات التي تنشرها</translation>
    </message>
    <message>
        <source>courses (yours and those shared with you)</source>
        <translation>مقررات (مقرراتك والمشتركة معك)</translation>
    </message>
    <message>
        <source>schools offering them</source>
        <translation>مدارس تقدمها</translation>
    </message>
    <message>
        <source>learners in this school</source>
        <translation>متعلمون في هذه المدرسة</translation>
    </message>
    <message>
        <source>of lessons completed</source>
        <translation>من الدروس أُنجزت</translation>
    </message>
    <message>
        <source>average result</source>
        <translation>متوسط النتائج</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>learners behind their pathway</source>
        <translation>متعلمون متأخرون عن مسارهم</translation>
    </message>
    <message>
        <source>Chart of completion, results and attendance per course</source>
        <translation>رسم بياني للإنجاز والنتائج والحضور لكل مقرر</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المتعلمون</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>Average result</source>
        <translation>متوسط النتائج</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Behind pathway</source>
        <translation>متأخرون</translation>
    </message>
    <message>
        <source>Figures per course</source>
        <translation>الأرقام لكل مقرر</translation>
    </message>
    <message>
        <source>Who needs help</source>
        <translation>من يحتاج إلى مساعدة</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Learners who need help</source>
        <translation>المتعلمون الذين يحتاجون إلى مساعدة</translation>
    </message>
    <message>
        <source>Active learners of this school behind their own plan (more than one lesson under their pace since they enrolled), whose last three results in a course fell one after another or average 15 points under the earlier ones, or who were absent the last three recorded school days.</source>
        <translation>المتعلمون النشطون في هذه المدرسة المتأخرون عن خطتهم الخاصة (بأكثر من درس واحد دون وتيرتهم منذ تسجيلهم)، أو الذين انخفضت نتائجهم الثلاث الأخيرة في مقرر واحدةً تلو الأخرى أو كان متوسطها أقل بـ 15 نقطة من النتائج السابقة، أو الذين تغيبوا في آخر ثلاثة أيام دراسية مسجلة.</translation>
    </message>
    <message>
        <source>Completion: lessons done out of all lessons of the course, for its learners. Behind: active learners more than one lesson below a pace of one lesson a week since they enrolled. Community figures are totals only: no learner&apos;s data.</source>
        <translation>الإنجاز: الدروس المنجزة من مجموع دروس المقرر، لمتعلميه. المتأخرون: متعلمون نشطون يتأخرون أكثر من درس عن وتيرة درس في الأسبوع منذ تسجيلهم. أرقام المجتمع مجاميع فقط: لا بيانات لأي متعلم.</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>جارٍ حساب الأرقام…</translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>لا مقررات</numerusform>
            <numerusform>مقرر واحد</numerusform>
            <numerusform>مقرران</numerusform>
            <numerusform>%n مقررات</numerusform>
            <numerusform>%n مقررًا</numerusform>
            <numerusform>%n مقرر</numerusform>
        </translation>
    </message>
    <message>
        <source>behind their plan in {course}: {done} lessons done, {expected} expected by now at {pace} a week</source>
        <translation>متأخر عن خطته في {course}: أُنجز {done} من الدروس، والمتوقع حتى الآن {expected} بوتيرة {pace} في الأسبوع</translation>
    </message>
    <message>
        <source>falling results in {course}: the last three {results}</source>
        <translation>نتائج متراجعة في {course}: آخر ثلاث نتائج {results}</translation>
    </message>
    <message>
        <source>absent the last {days} recorded school days (since {day})</source>
        <translation>غائب في آخر {days} من الأيام الدراسية المسجلة (منذ {day})</translation>
    </message>
    <message>
        <source>Who needs help ({n})</source>
        <translation>من يحتاج إلى مساعدة ({n})</translation>
    </message>
    <message>
        <source>Who needs help: nobody by these rules</source>
        <translation>من يحتاج إلى مساعدة: لا أحد وفق هذه القواعد</translation>
    </message>
    <message>
        <source>Who needs &amp;help ({n})</source>
        <translation>من يحتاج إلى م&amp;ساعدة ({n})</translation>
    </message>
    <message>
        <source>Completion %</source>
        <translation>الإنجاز %</translation>
    </message>
    <message>
        <source>Average result %</source>
        <translation>متوسط النتائج %</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>الحضور %</translation>
    </message>
    <message>
        <source>Per course (the {n} with most learners)</source>
        <translation>لكل مقرر (أكثر المقررات متعلمين، وعددها {n})</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>تعذّرت كتابة {path}: {reason}</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>حُفظ التقرير في {path}.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>أي أولوية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>ال&amp;مفتوحة فقط</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>المدرسة:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>Add &amp;need…</source>
        <translation>إضافة &amp;حاجة…</translation>
    </message>
    <message>
        <source>Add o&amp;ffer…</source>
        <translation>إضافة &amp;عرض…</translation>
    </message>
    <message>
        <source>&amp;Close need…</source>
        <translation>إ&amp;غلاق حاجة…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Needs and offers of every school</source>
        <translation>حاجات كل المدارس وعروضها</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;اللوحة</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Con&amp;tribute…</source>
        <translation>م&amp;ساهمة…</translation>
    </message>
    <message>
        <source>&amp;Propose allocation…</source>
        <translation>ا&amp;قتراح تخصيص…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;موافقة…</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>الصندوق:</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>The fund&apos;s ledger</source>
        <translation>دفتر حسابات الصندوق</translation>
    </message>
    <message>
        <source>F&amp;und</source>
        <translation>ال&amp;صندوق</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>الحاجات المفتوحة</translation>
    </message>
    <message>
        <source>Their cost</source>
        <translation>تكلفتها</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>المخصَّص</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>التخصيصات</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>المرفوضة</translation>
    </message>
    <message>
        <source>Per school: open needs and allocations</source>
        <translation>لكل مدرسة: الحاجات المفتوحة والتخصيصات</translation>
    </message>
    <message>
        <source>Chart of the amount allocated per school</source>
        <translation>مخطط المبلغ المخصَّص لكل مدرسة</translation>
    </message>
    <message>
        <source>&amp;Equity</source>
        <translation>الإ&amp;نصاف</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>كل المدارس</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>حاجة</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>high</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>met</source>
        <translation>مُلبّى</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>No fund yet. An admin founds one with &apos;edunode fund create&apos;.</source>
        <translation>لا يوجد صندوق بعد. يُنشئ المسؤول صندوقًا بالأمر «edunode fund create».</translation>
    </message>
    <message>
        <source>Balance: {amount} {currency}</source>
        <translation>الرصيد: {amount} {currency}</translation>
    </message>
    <message>
        <source>Held by {schools}; an allocation takes effect once {k} of them approved it, if the balance covers it at that point (decision 0012r).</source>
        <translation>يحتفظ به {schools}؛ يسري التخصيص حين توافق عليه {k} منها، إذا كان الرصيد يغطيه عندئذ (القرار 0012r).</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>مساهمة</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>تخصيص</translation>
    </message>
    <message>
        <source>Allocated per school. Allocation per learner needs the schools&apos; published learner counts, which schools do not share yet.</source>
        <translation>مخصَّص لكل مدرسة. يحتاج التخصيص لكل متعلم إلى أعداد المتعلمين التي تنشرها المدارس، وهي لا تشاركها بعد.</translation>
    </message>
    <message>
        <source>No fund yet.</source>
        <translation>لا يوجد صندوق بعد.</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>إضافة حاجة</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>أضف الحاجة</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>ال&amp;صنف:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>ال&amp;كمية:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>&amp;الأولوية:</translation>
    </message>
    <message>
        <source>&amp;Cost (optional):</source>
        <translation>ال&amp;تكلفة (اختياري):</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>ال&amp;عملة:</translation>
    </message>
    <message>
        <source>e.g. KES, UGX, USD</source>
        <translation>مثال: KES، UGX، USD</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>The need is on the board.</source>
        <translation>الحاجة منشورة على اللوحة.</translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation>إضافة عرض</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>أضف العرض</translation>
    </message>
    <message>
        <source>The offer is on the board.</source>
        <translation>العرض منشور على اللوحة.</translation>
    </message>
    <message>
        <source>Close the need</source>
        <translation>إغلاق الحاجة</translation>
    </message>
    <message>
        <source>Close need</source>
        <translation>أغلق الحاجة</translation>
    </message>
    <message>
        <source>“{item}” is:</source>
        <translation>«{item}»:</translation>
    </message>
    <message>
        <source>&amp;Closed as:</source>
        <translation>أُ&amp;غلقت بوصفها:</translation>
    </message>
    <message>
        <source>The need is closed.</source>
        <translation>أُغلقت الحاجة.</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>تسجيل مساهمة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سجّل</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>المب&amp;لغ ({currency}):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>The contribution is in the ledger.</source>
        <translation>المساهمة مُقيَّدة في دفتر الحسابات.</translation>
    </message>
    <message>
        <source>Propose an allocation</source>
        <translation>اقتراح تخصيص</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>اقترح</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>ال&amp;حاجة:</translation>
    </message>
    <message>
        <source>The proposal is in the ledger; it needs the holding schools&apos; approval.</source>
        <translation>الاقتراح مُقيَّد في دفتر الحسابات؛ ويحتاج إلى موافقة المدارس المالكة للصندوق.</translation>
    </message>
    <message>
        <source>Approve the allocation</source>
        <translation>الموافقة على التخصيص</translation>
    </message>
    <message>
        <source>Approve {amount} for “{item}” on behalf of this school? It takes effect once enough holding schools approved, if the balance covers it then.</source>
        <translation>الموافقة على {amount} لـ«{item}» باسم هذه المدرسة؟ يسري التخصيص حين يوافق عليه عدد كافٍ من المدارس المالكة للصندوق، إذا كان الرصيد يغطيه عندئذ.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Approved. The proposal is {status}.</source>
        <translation>تمت الموافقة. حالة الاقتراح: {status}.</translation>
    </message>
    <message>
        <source>Export the equity report</source>
        <translation>تصدير تقرير الإنصاف</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>كُتب التقرير في {path}.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Course of the result</source>
        <translation>مقرر النتيجة</translation>
    </message>
    <message>
        <source>e.g. Fractions quiz</source>
        <translation>مثال: اختبار الكسور</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>الدرجة القصوى</translation>
    </message>
    <message>
        <source>Date of the result</source>
        <translation>تاريخ النتيجة</translation>
    </message>
    <message>
        <source>Add &amp;result</source>
        <translation>إضافة ال&amp;نتيجة</translation>
    </message>
    <message>
        <source>Add a result</source>
        <translation>إضافة نتيجة</translation>
    </message>
    <message>
        <source>Co&amp;urse:</source>
        <translation>ال&amp;مقرر:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>ال&amp;تقييم:</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>من</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>ال&amp;درجة:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>Enrol the learner in a course first.</source>
        <translation>سجّل المتعلم في مقرر أولًا.</translation>
    </message>
    <message>
        <source>assessment name</source>
        <translation>اسم التقييم</translation>
    </message>
    <message>
        <source>Result added.</source>
        <translation>أُضيفت النتيجة.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your school</source>
        <translation>مدرستك</translation>
    </message>
    <message>
        <source>Is this the first PC of your school to use EduNode?</source>
        <translation>هل هذا أول حاسوب في مدرستك يستخدم EduNode؟</translation>
    </message>
    <message>
        <source>&amp;Start a new school</source>
        <translation>إ&amp;نشاء مدرسة جديدة</translation>
    </message>
    <message>
        <source>&amp;Join a school that already uses EduNode on another PC</source>
        <translation>الان&amp;ضمام إلى مدرسة تستخدم EduNode على حاسوب آخر</translation>
    </message>
    <message>
        <source>e.g. Hillside Primary School</source>
        <translation>مثال: مدرسة التلال الابتدائية</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>اسم المدرسة</translation>
    </message>
    <message>
        <source>After setup, open Community, choose a PC of your school in the list of PCs found on the network and ask to join its school. When its admin approves, this PC receives the school&apos;s courses and learners.</source>
        <translation>بعد الإعداد، افتح المجتمع، واختر حاسوبًا من مدرستك في قائمة الحواسيب الموجودة على الشبكة واطلب الانضمام إلى مدرسته. عندما يوافق مسؤوله، يتلقى هذا الحاسوب مقررات المدرسة ومتعلميها.</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>ا&amp;سم المدرسة:</translation>
    </message>
    <message>
        <source>school name</source>
        <translation>اسم المدرسة</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>حفظ الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Other admins compare this ID when they link with this PC.</source>
        <translation>يقارن المسؤولون الآخرون هذا المعرّف عند ربط حواسيبهم بهذا الحاسوب.</translation>
    </message>
    <message>
        <source>Node ID:</source>
        <translation>معرّف العقدة:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>المدرسة:</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;فتح مجلد البيانات</translation>
    </message>
    <message>
        <source>The records, this PC&apos;s key and the log file ({file}) are kept here.</source>
        <translation>تُحفظ هنا السجلات ومفتاح هذا الحاسوب وملف السجل ({file}).</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>A&amp;bout EduNode…</source>
        <translation>&amp;حول EduNode…</translation>
    </message>
    <message>
        <source>Version, node ID and data folder</source>
        <translation>الإصدار ومعرّف العقدة ومجلد البيانات</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>رمز PIN للمسؤول</translation>
    </message>
    <message>
        <source>Current admin PIN</source>
        <translation>رمز PIN الحالي للمسؤول</translation>
    </message>
    <message>
        <source>New admin PIN</source>
        <translation>رمز PIN الجديد للمسؤول</translation>
    </message>
    <message>
        <source>New admin PIN again</source>
        <translation>رمز PIN الجديد للمسؤول مرة أخرى</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>الرمز ال&amp;حالي:</translation>
    </message>
    <message>
        <source>Ne&amp;w PIN:</source>
        <translation>الرمز ال&amp;جديد:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>مرة أ&amp;خرى:</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;تغيير الرمز</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>EduNode looks for other EduNode PCs on the network and answers them. Nothing is shared with a PC until an admin approves a link with it.</source>
        <translation>يبحث EduNode عن حواسيب أخرى يعمل عليها EduNode في الشبكة ويرد عليها. لا يُشارك شيء مع حاسوب حتى يوافق مسؤول على الربط معه.</translation>
    </message>
    <message>
        <source>Save net&amp;work settings</source>
        <translation>حفظ إعدادات ال&amp;شبكة</translation>
    </message>
    <message>
        <source>Takes effect the next time EduNode starts.</source>
        <translation>يسري عند تشغيل EduNode في المرة القادمة.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Same as the computer ({name})</source>
        <translation>مثل الحاسوب ({name})</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>مثل الحاسوب</translation>
    </message>
    <message>
        <source>Not in a school yet</source>
        <translation>ليس في مدرسة بعد</translation>
    </message>
    <message>
        <source>name of this PC</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <source>Please type the current admin PIN.</source>
        <translation>يرجى كتابة رمز PIN الحالي للمسؤول.</translation>
    </message>
    <message>
        <source>This PC is now called “{name}”.</source>
        <translation>أصبح اسم هذا الحاسوب «{name}».</translation>
    </message>
    <message>
        <source>The admin PIN was changed.</source>
        <translation>تغيّر رمز PIN للمسؤول.</translation>
    </message>
    <message>
        <source>Network settings saved. Restart EduNode to use them.</source>
        <translation>حُفظت إعدادات الشبكة. أعد تشغيل EduNode لاستخدامها.</translation>
    </message>
    <message>
        <source>The new language is used the next time EduNode starts.</source>
        <translation>تُستخدم اللغة الجديدة عند تشغيل EduNode في المرة القادمة.</translation>
    </message>
    <message>
        <source>The folder could not be opened. It is {folder}</source>
        <translation>تعذّر فتح المجلد. مكانه: {folder}</translation>
    </message>
</context>
<context>
    <name>SyncProgressPanel</name>
    <message>
        <source>Syncing with {name}: {done} of {total} changes</source>
        <translation>جارٍ المزامنة مع {name}: {done} من {total} تغيير</translation>
    </message>
    <message>
        <source>Syncing with {n} PCs: {done} of {total} changes</source>
        <translation>جارٍ المزامنة مع الحواسيب ({n}): {done} من {total} تغيير</translation>
    </message>
    <message>
        <source>{name}: {done} of {total} changes</source>
        <translation>{name}: {done} من {total} تغيير</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>متزامن</translation>
    </message>
    <message>
        <source>Connection ended; the rest comes at the next one</source>
        <translation>انتهى الاتصال؛ يأتي الباقي في الاتصال القادم</translation>
    </message>
    <message>
        <source>sending {sent} of {to_send}, receiving {received} of {to_receive}</source>
        <translation>إرسال {sent} من {to_send}، استلام {received} من {to_receive}</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>{name}&apos;s record (profile, courses, results, attendance and progress) is signed over to their new school and saved as a record bundle they carry there. From then this school keeps it read-only.</source>
        <translation>يُسلَّم سجل {name} (الملف الشخصي والدورات والنتائج والحضور والتقدم) موقّعًا إلى مدرسته الجديدة ويُحفظ كملف سجل يحمله إليها. ومنذ ذلك الحين تحتفظ به هذه المدرسة للقراءة فقط.</translation>
    </message>
    <message>
        <source>The files are not encrypted: hand them only to the learner or their guardian.</source>
        <translation>الملفات غير مشفرة: سلّمها للمتعلم أو لوليّ أمره فقط.</translation>
    </message>
    <message>
        <source>{name} is transferred to {school}.</source>
        <translation>نُقل {name} إلى {school}.</translation>
    </message>
    <message>
        <source>{name} is given an open record bundle.</source>
        <translation>أُعطي {name} ملف سجل مفتوحًا.</translation>
    </message>
    <message>
        <source>The record bundle and the transcript are saved in {folder}.</source>
        <translation>حُفظ ملف السجل وكشف الدرجات في {folder}.</translation>
    </message>
    <message>
        <source>The record bundle is saved as {path}.</source>
        <translation>حُفظ ملف السجل باسم {path}.</translation>
    </message>
    <message>
        <source>The transcript could not be written: {error}</source>
        <translation>تعذّرت كتابة كشف الدرجات: {error}</translation>
    </message>
    <message>
        <source>Transferring {name}</source>
        <translation>جارٍ نقل {name}</translation>
    </message>
    <message>
        <source>Writing the signed record of {name}…</source>
        <translation>جارٍ كتابة السجل الموقّع لـ{name}…</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>الخطوة {done} من {total}</translation>
    </message>
    <message>
        <source>{name}&apos;s record is deleted from this PC; the other PCs of this school delete it as they sync.</source>
        <translation>حُذف سجل {name} من هذا الحاسوب؛ وتحذفه حواسيب المدرسة الأخرى عند مزامنتها.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {name} to another school</source>
        <translation>نقل {name} إلى مدرسة أخرى</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;نقل</translation>
    </message>
    <message>
        <source>The school the learner moves to</source>
        <translation>المدرسة التي ينتقل إليها المتعلم</translation>
    </message>
    <message>
        <source>School ID: {id}</source>
        <translation>معرّف المدرسة: {id}</translation>
    </message>
    <message>
        <source>Not known yet (an open record bundle)</source>
        <translation>غير معروفة بعد (ملف سجل مفتوح)</translation>
    </message>
    <message>
        <source>The first school that imports the bundle takes the record</source>
        <translation>أول مدرسة تستورد الملف تتسلّم السجل</translation>
    </message>
    <message>
        <source>Choose the new school</source>
        <translation>اختر المدرسة الجديدة</translation>
    </message>
    <message>
        <source>Folder to save the record bundle in</source>
        <translation>المجلد الذي يُحفظ فيه ملف السجل</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the folder, e.g. on a USB stick</source>
        <translation>اختر المجلد، مثلًا على ذاكرة USB</translation>
    </message>
    <message>
        <source>Also save the printable &amp;transcript (PDF)</source>
        <translation>احفظ أيضًا &amp;كشف الدرجات القابل للطباعة (PDF)</translation>
    </message>
    <message>
        <source>&amp;Moves to:</source>
        <translation>&amp;ينتقل إلى:</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>ا&amp;حفظ في:</translation>
    </message>
    <message>
        <source>Saves {bundle} and {pdf} in that folder.</source>
        <translation>يحفظ {bundle} و{pdf} في ذلك المجلد.</translation>
    </message>
    <message>
        <source>Saves {bundle} in that folder.</source>
        <translation>يحفظ {bundle} في ذلك المجلد.</translation>
    </message>
    <message>
        <source>Choose the school the learner moves to, or “Not known yet”.</source>
        <translation>اختر المدرسة التي ينتقل إليها المتعلم، أو «غير معروفة بعد».</translation>
    </message>
    <message>
        <source>Choose the folder to save the record bundle in.</source>
        <translation>اختر المجلد الذي يُحفظ فيه ملف السجل.</translation>
    </message>
    <message>
        <source>There is no folder {folder}: choose one that exists.</source>
        <translation>لا يوجد مجلد {folder}: اختر مجلدًا موجودًا.</translation>
    </message>
    <message>
        <source>Save the record bundle in</source>
        <translation>حفظ ملف السجل في</translation>
    </message>
</context>
<context>
    <name>UpdatesDialog</name>
    <message>
        <source>Changes in the original course</source>
        <translation>التغييرات في المقرر الأصلي</translation>
    </message>
    <message>
        <source>These lessons changed in “{course}” since this course was adapted. For each, take the original&apos;s text, keep this course&apos;s, or combine the two.</source>
        <translation>تغيّرت هذه الدروس في «{course}» منذ تكييف هذا المقرر. لكل منها: خذ نص الأصل، أو أبقِ نص هذا المقرر، أو اجمع بينهما.</translation>
    </message>
    <message>
        <source>Lessons changed in the original</source>
        <translation>الدروس المتغيرة في الأصل</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>This course</source>
        <translation>هذا المقرر</translation>
    </message>
    <message>
        <source>Combined (you may edit it)</source>
        <translation>المدمج (يمكنك تحريره)</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>خذ &amp;نصّهم</translation>
    </message>
    <message>
        <source>Replace this course&apos;s lesson with the original&apos;s</source>
        <translation>استبدل درس هذا المقرر بدرس الأصل</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>أ&amp;بقِ نصّي</translation>
    </message>
    <message>
        <source>Keep this course&apos;s lesson as it is; the change is no longer listed</source>
        <translation>أبقِ درس هذا المقرر كما هو؛ ولن يُدرج التغيير بعد ذلك</translation>
    </message>
    <message>
        <source>&amp;Save combined</source>
        <translation>ا&amp;حفظ المدمج</translation>
    </message>
    <message>
        <source>Use the combined text for this course&apos;s lesson</source>
        <translation>استخدم النص المدمج لدرس هذا المقرر</translation>
    </message>
    <message>
        <source>{title} (new)</source>
        <translation>{title} (جديد)</translation>
    </message>
    <message>
        <source>This lesson is new in the original course: Take theirs adds it to this course, Keep mine leaves it out.</source>
        <translation>هذا الدرس جديد في المقرر الأصلي: «خذ نصّهم» يضيفه إلى هذا المقرر، و«أبقِ نصّي» يتركه.</translation>
    </message>
    <message>
        <source>This lesson was changed here too since it was adapted: choose, or combine.</source>
        <translation>عُدّل هذا الدرس هنا أيضًا منذ تكييفه: اختر، أو اجمع بينهما.</translation>
    </message>
    <message>
        <source>This lesson was not changed here since it was adapted.</source>
        <translation>لم يُعدَّل هذا الدرس هنا منذ تكييفه.</translation>
    </message>
</context>
<context>
    <name>UsbStickActions</name>
    <message>
        <source>USB stick</source>
        <translation>ذاكرة USB</translation>
    </message>
    <message>
        <source>For PCs that never share a network. Each PC introduces itself on the stick once; read the other PC&apos;s introduction, compare the verification code by phone and approve it above. Then write packages on one PC and read them on the other.</source>
        <translation>للحواسيب التي لا تتشارك شبكة أبدًا. يعرّف كل حاسوب نفسه على الذاكرة مرة واحدة؛ اقرأ تعريف الحاسوب الآخر، وقارن رمز التحقق بالهاتف ووافق عليه أعلاه. ثم اكتب الحزم على حاسوب واقرأها على الآخر.</translation>
    </message>
    <message>
        <source>Introduce this PC on the USB stick</source>
        <translation>تعريف هذا الحاسوب على ذاكرة USB</translation>
    </message>
    <message>
        <source>Introduction of this PC written to {path}. On the other PC, choose “Read from stick…”, compare the verification code by phone and approve.</source>
        <translation>كُتب تعريف هذا الحاسوب في {path}. على الحاسوب الآخر، اختر «قراءة من الذاكرة…»، وقارن رمز التحقق بالهاتف ثم وافق.</translation>
    </message>
    <message>
        <source>Write packages to the USB stick</source>
        <translation>كتابة الحزم على ذاكرة USB</translation>
    </message>
    <message>
        <source>Link with a PC first: no PC is linked with this one, so there is nothing to write. Introduce both PCs on the stick, read each other&apos;s introduction and approve it; then write packages.</source>
        <translation>اربط مع حاسوب أولًا: لا يوجد حاسوب مرتبط بهذا الحاسوب، فلا شيء للكتابة. عرّف الحاسوبين على الذاكرة، واقرأ تعريف كل منهما ووافق عليه؛ ثم اكتب الحزم.</translation>
    </message>
    <message>
        <source>Write packages</source>
        <translation>كتابة الحزم</translation>
    </message>
    <message>
        <source>Write packages for {names} to {folder}? A package for a PC of this school carries the learner records: keep the stick safe.</source>
        <translation>كتابة حزم لـ{names} في {folder}؟ الحزمة المرسلة إلى حاسوب في هذه المدرسة تحمل سجلات المتعلمين: احفظ الذاكرة في مكان آمن.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <source>Writing packages</source>
        <translation>جارٍ كتابة الحزم</translation>
    </message>
    <message>
        <source>Writing packages for {names} to {folder}…</source>
        <translation>جارٍ كتابة حزم لـ{names} في {folder}…</translation>
    </message>
    <message>
        <source>{done} of {total} documents</source>
        <translation>{done} من {total} مستند</translation>
    </message>
    <message>
        <source>{name}: {documents} documents, {changes} changes</source>
        <translation>{name}: المستندات {documents}، التغييرات {changes}</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>كُتبت الحزم</translation>
    </message>
    <message>
        <source>Written to {folder}:</source>
        <translation>كُتبت في {folder}:</translation>
    </message>
    <message>
        <source>On each of those PCs, choose “Read from stick…”.</source>
        <translation>على كل واحد من تلك الحواسيب، اختر «قراءة من الذاكرة…».</translation>
    </message>
    <message>
        <source>Read from the USB stick</source>
        <translation>القراءة من ذاكرة USB</translation>
    </message>
    <message>
        <source>Reading the USB stick</source>
        <translation>جارٍ قراءة ذاكرة USB</translation>
    </message>
    <message>
        <source>Reading the packages in {folder}… Cancel stops after the package being read: each package is taken whole.</source>
        <translation>جارٍ قراءة الحزم في {folder}… الإلغاء يتوقف بعد الحزمة الجاري قراءتها: كل حزمة تؤخذ كاملة.</translation>
    </message>
    <message>
        <source>an unknown PC</source>
        <translation>حاسوب مجهول</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new changes from {name}.</source>
        <translation>
            <numerusform>لم يُستورد أي تغيير جديد من {name}.</numerusform>
            <numerusform>استُورد تغيير جديد واحد من {name}.</numerusform>
            <numerusform>استُورد تغييران جديدان من {name}.</numerusform>
            <numerusform>استُوردت %n تغييرات جديدة من {name}.</numerusform>
            <numerusform>استُورد %n تغييرًا جديدًا من {name}.</numerusform>
            <numerusform>استُورد %n تغيير جديد من {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new from {name}: this PC already had all of it.</source>
        <translation>لا جديد من {name}: كان كل شيء موجودًا على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Link request from {name}, verification code {code}: compare it by phone with the admin of that PC, then approve it under “Link requests waiting for you”.</source>
        <translation>طلب ربط من {name}، رمز التحقق {code}: قارنه بالهاتف مع مسؤول ذلك الحاسوب، ثم وافق عليه تحت «طلبات ربط بانتظارك».</translation>
    </message>
    <message>
        <source>Skipped {file} from {name}: {reason}.</source>
        <translation>تُخطّي {file} من {name}: {reason}.</translation>
    </message>
    <message>
        <source>Refused {file} from {name}: {reason}.</source>
        <translation>رُفض {file} من {name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please enter the {what}.</source>
        <translation>يرجى إدخال {what}.</translation>
    </message>
    <message>
        <source>The {what} is too long: {count} characters, at most {limit}.</source>
        <translation>النص طويل جدًا ({what}): عدد الأحرف {count}، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <source>The {what} must be one line of text.</source>
        <translation>يجب أن يكون {what} سطرًا واحدًا من النص.</translation>
    </message>
    <message>
        <source>The birth year is a year written with digits, such as {example}.</source>
        <translation>سنة الميلاد تُكتب بالأرقام، مثل {example}.</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and {this_year}.</source>
        <translation>يجب أن تكون سنة الميلاد بين 1900 و{this_year}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code. Use a short code such as en, fr, sw or pt-BR.</source>
        <translation>«{value}» ليس رمز لغة. استخدم رمزًا قصيرًا مثل en أو fr أو sw أو pt-BR.</translation>
    </message>
    <message>
        <source>Please enter the score.</source>
        <translation>يرجى إدخال الدرجة.</translation>
    </message>
    <message>
        <source>The score &apos;{value}&apos; is not a number.</source>
        <translation>الدرجة «{value}» ليست عددًا.</translation>
    </message>
    <message>
        <source>Please enter the maximum score.</source>
        <translation>يرجى إدخال الدرجة القصوى.</translation>
    </message>
    <message>
        <source>The maximum score &apos;{value}&apos; is not a number.</source>
        <translation>الدرجة القصوى «{value}» ليست عددًا.</translation>
    </message>
    <message>
        <source>The maximum score must be greater than 0.</source>
        <translation>يجب أن تكون الدرجة القصوى أكبر من 0.</translation>
    </message>
    <message>
        <source>The score cannot be negative.</source>
        <translation>لا يمكن أن تكون الدرجة سالبة.</translation>
    </message>
    <message>
        <source>The score {s:g} is higher than the maximum {m:g}.</source>
        <translation>الدرجة {s:g} أعلى من الحد الأقصى {m:g}.</translation>
    </message>
    <message>
        <source>Please enter a date (year-month-day, e.g. 2026-03-14).</source>
        <translation>يرجى إدخال تاريخ (سنة-شهر-يوم، مثل 2026-03-14).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date. Write it as year-month-day, e.g. 2026-03-14.</source>
        <translation>«{value}» ليس تاريخًا. اكتبه بصيغة سنة-شهر-يوم، مثل 2026-03-14.</translation>
    </message>
    <message>
        <source>The date {value} is too far in the past or the future.</source>
        <translation>التاريخ {value} بعيد جدًا في الماضي أو المستقبل.</translation>
    </message>
    <message>
        <source>Time spent must be between 0 and 1440 minutes.</source>
        <translation>يجب أن يكون الوقت المستغرق بين 0 و1440 دقيقة.</translation>
    </message>
    <message>
        <source>Please choose an admin PIN.</source>
        <translation>يرجى اختيار رمز PIN للمسؤول.</translation>
    </message>
    <message>
        <source>The admin PIN needs at least 6 characters (6 digits or more).</source>
        <translation>يحتاج رمز PIN للمسؤول إلى 6 أحرف على الأقل (6 أرقام أو أكثر).</translation>
    </message>
    <message>
        <source>The admin PIN can have at most 64 characters.</source>
        <translation>لا يزيد رمز PIN للمسؤول على 64 حرفًا.</translation>
    </message>
    <message>
        <source>The admin PIN can only use letters, digits and symbols (no spaces at either end).</source>
        <translation>لا يستخدم رمز PIN للمسؤول إلا الحروف والأرقام والرموز (بلا مسافات في أوله أو آخره).</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the new PIN again.</source>
        <translation>الرمزان غير متطابقين. يرجى كتابة الرمز الجديد مرة أخرى.</translation>
    </message>
    <message>
        <source>Please choose a passphrase for the backups.</source>
        <translation>يرجى اختيار عبارة مرور للنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters: a short sentence you can remember is best.</source>
        <translation>تحتاج عبارة المرور إلى {count} أحرف على الأقل: الأفضل جملة قصيرة تستطيع تذكّرها.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type the passphrase again.</source>
        <translation>عبارتا المرور غير متطابقتين. يرجى كتابة عبارة المرور مرة أخرى.</translation>
    </message>
    <message>
        <source>Please choose a folder on a USB stick or a second disk.</source>
        <translation>يرجى اختيار مجلد على ذاكرة USB أو قرص ثانٍ.</translation>
    </message>
</context>
<context>
    <name>WholeClassActions</name>
    <message>
        <source>Select the learners to enrol first.</source>
        <translation>حدد المتعلمين المراد تسجيلهم أولًا.</translation>
    </message>
    <message>
        <source>There is no course yet: make one on the Courses page.</source>
        <translation>لا يوجد مقرر بعد: أنشئ واحدًا في صفحة المقررات.</translation>
    </message>
    <message numerus="yes">
        <source>%n learners enrolled in {course}.</source>
        <translation>
            <numerusform>لم يُسجّل أي متعلم في {course}.</numerusform>
            <numerusform>سُجّل متعلم واحد في {course}.</numerusform>
            <numerusform>سُجّل متعلمان في {course}.</numerusform>
            <numerusform>سُجّل %n متعلمين في {course}.</numerusform>
            <numerusform>سُجّل %n متعلمًا في {course}.</numerusform>
            <numerusform>سُجّل %n متعلم في {course}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already enrolled.</source>
        <translation>
            <numerusform>لم يكن أي منهم مسجلًا من قبل.</numerusform>
            <numerusform>كان واحد منهم مسجلًا من قبل.</numerusform>
            <numerusform>كان اثنان منهم مسجلين من قبل.</numerusform>
            <numerusform>كان %n منهم مسجلين من قبل.</numerusform>
            <numerusform>كان %n منهم مسجلين من قبل.</numerusform>
            <numerusform>كان %n منهم مسجلين من قبل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>استيراد قائمة صف</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt)</source>
        <translation>قوائم الصف (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n learners added and enrolled in {course}.</source>
        <translation>
            <numerusform>لم يُضف أي متعلم إلى {course}.</numerusform>
            <numerusform>أُضيف متعلم واحد وسُجّل في {course}.</numerusform>
            <numerusform>أُضيف متعلمان وسُجّلا في {course}.</numerusform>
            <numerusform>أُضيف %n متعلمين وسُجّلوا في {course}.</numerusform>
            <numerusform>أُضيف %n متعلمًا وسُجّلوا في {course}.</numerusform>
            <numerusform>أُضيف %n متعلم وسُجّلوا في {course}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learners added.</source>
        <translation>
            <numerusform>لم يُضف أي متعلم.</numerusform>
            <numerusform>أُضيف متعلم واحد.</numerusform>
            <numerusform>أُضيف متعلمان.</numerusform>
            <numerusform>أُضيف %n متعلمين.</numerusform>
            <numerusform>أُضيف %n متعلمًا.</numerusform>
            <numerusform>أُضيف %n متعلم.</numerusform>
        </translation>
    </message>
</context>
</TS>
