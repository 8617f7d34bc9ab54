"""The 仮登録 form's step editors (基本情報, 連絡先, 希望する仕事, 免許・資格, 学歴・職歴) and their
texts: shared by the seeker's wizard (ui/preregistration) and the counter's correction (ui/staff)."""
