"""The counter's input forms (紹介状の発行, 応募状況の記録, お知らせの送信, 求職登録): pure widgets.

They never call the façade: each validates what the domain can check, then emits a typed
``submitted`` signal; the console runs the call and answers with ``show_done``,
``show_error`` or ``show_field_errors``, and drives ``set_busy`` around the call."""
