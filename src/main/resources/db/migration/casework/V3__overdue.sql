-- 超期: when the overdue watch first found the case past its promised date (it raises CaseOverdue once).
alter table casework_case add column overdue_since date;
