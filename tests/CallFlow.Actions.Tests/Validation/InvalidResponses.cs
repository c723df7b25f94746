using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Tests.Validation;

/// <summary>
/// Response documents that read but must not validate, each with the one failure expected, as
/// <c>wire path: message</c>. Most put the broken action second so the index in the path is checked too.
/// </summary>
public static class InvalidResponses
{
    private const string Key = "'X' is not a key; use one of 0123456789ABCD#*";
    private const string KeyHex = "000102030405060708090a0b0c0d0e0f";
    private const string VectorHex = "0f0e0d0c0b0a09080706050403020100";
    private const string KeyLength = "must be 16, 24 or 32 bytes written as 32, 48 or 64 hexadecimal digits";
    private const string StoredFileOnly = "only a file in the media file store is decrypted";

    private const string KeyOrNone = "\"X\" is not a key; use one of 0123456789ABCD#*, or \"\" for none";

    /// <summary>Case name to (document, the only failure expected).</summary>
    public static IReadOnlyDictionary<string, (string Json, string Failure)> Cases { get; } = new Dictionary<string, (string, string)>
    {
        // Required properties of every action and support type.
        ["play without play_list"] = (Second("""{"play": {}}"""), "actions[1].play.play_list: is required"),
        ["play with an empty play_list"] = (Second("""{"play": {"play_list": []}}"""), "actions[1].play.play_list: is required"),
        ["play with a null play_list"] = (Second("""{"play": {"play_list": null}}"""), "actions[1].play.play_list: is required"),
        ["empty text_to_say"] = (Second("""{"play": {"play_list": [{"text_to_say": ""}]}}"""), "actions[1].play.play_list[0].text_to_say: is required"),
        ["empty file_to_play"] = (Second("""{"play": {"play_list": [{"file_to_play": ""}]}}"""), "actions[1].play.play_list[0].file_to_play: is required"),
        ["empty digits_to_play"] = (Second("""{"play": {"play_list": [{"digits_to_play": ""}]}}"""), "actions[1].play.play_list[0].digits_to_play: is required"),
        ["connect without destinations"] = (Second("""{"connect": {}}"""), "actions[1].connect.destinations: is required"),
        ["connect with null destinations"] = (Second("""{"connect": {"destinations": null}}"""), "actions[1].connect.destinations: is required"),
        ["hold_media play without play_list"] = (Second("""{"connect": {"destinations": ["441908273800"], "hold_media": {"play": {}}}}"""), "actions[1].connect.hold_media.play.play_list: is required"),
        ["connect_to_conference without name"] = (Second("""{"connect_to_conference": {}}"""), "actions[1].connect_to_conference.name: is required"),
        ["get_number without next_page"] = (Second("""{"get_number": {}}"""), "actions[1].get_number.next_page: is required"),
        ["run_menu without menu_options"] = (Second("""{"run_menu": {}}"""), "actions[1].run_menu.menu_options: is required"),
        ["run_menu with null menu_options"] = (Second("""{"run_menu": {"menu_options": null, "help_digit": "*"}}"""), "actions[1].run_menu.menu_options: is required"),
        ["menu option without digit"] = (Second("""{"run_menu": {"menu_options": [{"next_page": "one"}]}}"""), "actions[1].run_menu.menu_options[0].digit: is required"),
        ["menu option without next_page"] = (Second("""{"run_menu": {"menu_options": [{"digit": "1"}]}}"""), "actions[1].run_menu.menu_options[0].next_page: is required"),
        ["record without next_page"] = (Second("""{"record": {}}"""), "actions[1].record.next_page: is required"),
        ["redirect without next_page"] = (Second("""{"redirect": {}}"""), "actions[1].redirect.next_page: is required"),
        ["sleep without seconds"] = (Second("""{"sleep": {}}"""), "actions[1].sleep.seconds: is required"),
        ["web page request with an empty url"] = (Second("""{"redirect": {"next_page": {"url": ""}}}"""), "actions[1].redirect.next_page.url: is required"),
        ["null action"] = ("""{"actions": [{"hang_up": {}}, null], "api_version": "2.0"}""", "actions[1]: must not be null"),

        // Keys outside 0123456789ABCD#*.
        ["exit_digit"] = (Participant("""{"exit_digit": "X"}"""), $"actions[1].connect_to_conference.conference_participant.exit_digit: {KeyOrNone}"),
        ["mute_digit"] = (Participant("""{"mute_digit": "X"}"""), $"actions[1].connect_to_conference.conference_participant.mute_digit: {KeyOrNone}"),
        ["exit_digit of two keys"] = (Participant("""{"exit_digit": "99"}"""), "actions[1].connect_to_conference.conference_participant.exit_digit: \"99\" is not a key; use one of 0123456789ABCD#*, or \"\" for none"),
        ["unmute_digit"] = (Participant("""{"unmute_digit": "X"}"""), $"actions[1].connect_to_conference.conference_participant.unmute_digit: {KeyOrNone}"),
        ["lower-case key"] = (Participant("""{"mute_digit": "a"}"""), "actions[1].connect_to_conference.conference_participant.mute_digit: \"a\" is not a key; use one of 0123456789ABCD#*, or \"\" for none"),
        ["exit_digit equal to mute_digit"] = (Participant("""{"exit_digit": "#", "mute_digit": "#"}"""), "actions[1].connect_to_conference.conference_participant.exit_digit: must differ from mute_digit and unmute_digit"),
        ["end_digit"] = (Second("""{"get_number": {"next_page": "n", "digit_count": 4, "end_digit": "X"}}"""), $"actions[1].get_number.end_digit: {KeyOrNone}"),
        ["end_digit among valid_digits"] = (Second("""{"get_number": {"next_page": "n", "end_digit": "1", "valid_digits": "0123"}}"""), "actions[1].get_number.end_digit: must not be one of valid_digits"),
        ["get_number help_digit"] = (Second("""{"get_number": {"next_page": "n", "help_digit": "X"}}"""), $"actions[1].get_number.help_digit: {KeyOrNone}"),
        ["valid_digits"] = (Second("""{"get_number": {"next_page": "n", "valid_digits": "12X"}}"""), "actions[1].get_number.valid_digits: \"12X\" holds a character that is not a key; use only 0123456789ABCD#*"),
        ["run_menu help_digit"] = (Second("""{"run_menu": {"menu_options": [{"digit": "1", "next_page": "one"}], "help_digit": "X"}}"""), $"actions[1].run_menu.help_digit: {KeyOrNone}"),
        ["run_menu help_digit equal to an option's digit"] = (Second("""{"run_menu": {"menu_options": [{"digit": "1", "next_page": "one"}], "help_digit": "1"}}"""), "actions[1].run_menu.help_digit: must not also be an option's digit"),
        ["menu digit"] = (Second("""{"run_menu": {"menu_options": [{"digit": "X", "next_page": "one"}]}}"""), $"actions[1].run_menu.menu_options[0].digit: {Key}"),
        ["repeated menu digit"] = (Second("""{"run_menu": {"menu_options": [{"digit": "1", "next_page": "one"}, {"digit": "1", "next_page": "two"}]}}"""), "actions[1].run_menu.menu_options: each option needs a different digit"),
        ["barge_in_digits"] = (Second("""{"record": {"next_page": "n", "barge_in_digits": "#X"}}"""), "actions[1].record.barge_in_digits: \"#X\" holds a character that is not a key; use only 0123456789ABCD#*"),
        ["digits_to_play"] = (Second("""{"play": {"play_list": [{"digits_to_play": "12X"}]}}"""), "actions[1].play.play_list[0].digits_to_play: \"12X\" holds a character that is not a key; use only 0123456789ABCD#*"),

        // Timeouts and durations must be positive.
        ["connect seconds_answer_timeout 0"] = (Connect("""{"seconds_answer_timeout": 0}"""), "actions[1].connect.seconds_answer_timeout: must be greater than 0, not 0"),
        ["connect seconds_answer_timeout -5"] = (Connect("""{"seconds_answer_timeout": -5}"""), "actions[1].connect.seconds_answer_timeout: must be greater than 0, not -5"),
        ["classify_callee milliseconds_timeout"] = (Connect("""{"classify_callee": {"milliseconds_timeout": 0}}"""), "actions[1].connect.classify_callee.milliseconds_timeout: must be greater than 0, not 0"),
        ["milliseconds_min_beep_duration"] = (Machine("milliseconds_min_beep_duration"), "actions[1].connect.classify_callee.answering_machine_ready_to_record.milliseconds_min_beep_duration: must be greater than 0, not 0"),
        ["milliseconds_post_beep_silence"] = (Machine("milliseconds_post_beep_silence"), "actions[1].connect.classify_callee.answering_machine_ready_to_record.milliseconds_post_beep_silence: must be greater than 0, not 0"),
        ["milliseconds_no_beep_silence"] = (Machine("milliseconds_no_beep_silence"), "actions[1].connect.classify_callee.answering_machine_ready_to_record.milliseconds_no_beep_silence: must be greater than 0, not 0"),
        ["seconds_max_message_duration"] = (Machine("seconds_max_message_duration"), "actions[1].connect.classify_callee.answering_machine_ready_to_record.seconds_max_message_duration: must be greater than 0, not 0"),
        ["minutes_max_call_duration"] = (Connect("""{"secondary_call": {"minutes_max_call_duration": 0}}"""), "actions[1].connect.secondary_call.minutes_max_call_duration: must be greater than 0, not 0"),
        ["connect_to_conference seconds_answer_timeout"] = (Second("""{"connect_to_conference": {"name": "c", "seconds_answer_timeout": 0}}"""), "actions[1].connect_to_conference.seconds_answer_timeout: must be greater than 0, not 0"),
        ["get_number seconds_timeout"] = (Second("""{"get_number": {"next_page": "n", "seconds_timeout": -1}}"""), "actions[1].get_number.seconds_timeout: must not be negative, not -1"),
        ["negative digit_count"] = (Second("""{"get_number": {"next_page": "n", "digit_count": -1}}"""), "actions[1].get_number.digit_count: must not be negative, not -1"),
        ["seconds_digit_timeout"] = (Second("""{"run_menu": {"menu_options": [{"digit": "1", "next_page": "one"}], "seconds_digit_timeout": 0}}"""), "actions[1].run_menu.seconds_digit_timeout: must be greater than 0, not 0"),
        ["seconds_max_duration"] = (Second("""{"record": {"next_page": "n", "seconds_max_duration": 0}}"""), "actions[1].record.seconds_max_duration: must be greater than 0, not 0"),
        ["milliseconds_max_silence"] = (Second("""{"record": {"next_page": "n", "milliseconds_max_silence": 0}}"""), "actions[1].record.milliseconds_max_silence: must be greater than 0, not 0"),
        ["milliseconds_max_initial_silence"] = (Second("""{"record": {"next_page": "n", "milliseconds_max_initial_silence": -1}}"""), "actions[1].record.milliseconds_max_initial_silence: must not be negative, not -1"),
        ["sleep seconds"] = (Second("""{"sleep": {"seconds": 0}}"""), "actions[1].sleep.seconds: must be greater than 0, not 0"),

        // Other values.
        ["method PUT"] = (Second("""{"redirect": {"next_page": {"url": "n", "method": "PUT"}}}"""), "actions[1].redirect.next_page.method: must be GET or POST, not \"PUT\""),
        ["method in lower case"] = (Connect("""{"secondary_call": {"first_page": {"url": "n", "method": "get"}}}"""), "actions[1].connect.secondary_call.first_page.method: must be GET or POST, not \"get\""),
        ["url with a space"] = (Second("""{"redirect": {"next_page": "next page"}}"""), "actions[1].redirect.next_page.url: must not contain white space"),
        ["record format"] = (Second("""{"record": {"next_page": "n", "format": "mp3"}}"""), "actions[1].record.format: must be alaw or ulaw, not \"mp3\""),
        ["destination with white space"] = (Second("""{"connect": {"destinations": ["441908273800", "bob smith"]}}"""), "actions[1].connect.destinations[1]: \"bob smith\" holds white space, which no number or address does"),
        ["empty destination"] = (Second("""{"connect": {"destinations": [""]}}"""), "actions[1].connect.destinations[0]: \"\" is empty; give a number such as 441908273800 or an address such as sip:bob@example.com"),
        ["destination with a control character"] = (Second("""{"connect": {"destinations": ["4419\u0007"]}}"""), "actions[1].connect.destinations[0]: \"4419\u0007\" holds a control character, which no number or address does"),
        ["tel: number with a leading 0"] = (Second("""{"connect": {"destinations": ["tel:01908273800"]}}"""), "actions[1].connect.destinations[0]: \"tel:01908273800\" is not a tel: number: after tel: give the full international number without a leading 0, such as tel:441908273800 or tel:+441908273800"),
        ["destination of absurd length"] = (Second($$$"""{"connect": {"destinations": ["{{{new string('1', 1025)}}}"]}}"""), $"actions[1].connect.destinations[0]: \"{new string('1', 1025)}\" is longer than 1024 characters"),
        ["call_from with white space"] = (Connect("""{"call_from": "441908 273801"}"""), "actions[1].connect.call_from: \"441908 273801\" holds white space, which no number or address does"),
        ["get_number with digit_count 0 and no end digit"] = (Second("""{"get_number": {"next_page": "n", "digit_count": 0, "end_digit": ""}}"""), "actions[1].get_number.end_digit: must not be \"\" (no end digit) while digit_count is 0 (unlimited): nothing would end the number"),
        ["get_number with no end digit and the default digit_count"] = (Second("""{"get_number": {"next_page": "n", "end_digit": ""}}"""), "actions[1].get_number.end_digit: must not be \"\" (no end digit) while digit_count is 0 (unlimited): nothing would end the number"),
        ["unknown action with non-object properties"] = (Second("""{"future_action": 5}"""), "actions[1].properties: the properties of \"future_action\" must be an object"),
        // The v2 actions and support classes.
        ["SIP header without name"] = (Second("""{"answer": {"extra_sip_headers": [{"value": "150"}]}}"""), "actions[1].answer.extra_sip_headers[0].name: is required"),
        ["SIP header without value"] = (Second("""{"answer": {"extra_sip_headers": [{"name": "X-Queue"}]}}"""), "actions[1].answer.extra_sip_headers[0].value: is required"),
        ["SIP header name with a colon"] = (Second("""{"answer": {"extra_sip_headers": [{"name": "X-Queue:", "value": "1"}]}}"""), "actions[1].answer.extra_sip_headers[0].name: \"X-Queue:\" is not a SIP header name: it holds white space, a control character or ':'"),
        ["null SIP header"] = (Second("""{"answer": {"extra_sip_headers": [null]}}"""), "actions[1].answer.extra_sip_headers[0]: must not be null"),
        ["reject cause"] = (Second("""{"reject": {"cause": "declined"}}"""), "actions[1].reject.cause: must be one of busy, noanswer, unobtainable, changed, outoforder, barred, rejected, nochannels, congestion, not \"declined\""),
        ["get_input without next_page"] = (Second("""{"get_input": {}}"""), "actions[1].get_input.next_page: is required"),
        ["speech_input_mode"] = (Input("""{"speech_input_mode": "always"}"""), "actions[1].get_input.speech_input_mode: must be one of timeout, disabled, auto, not \"always\""),
        ["digit_input_options digit_count over 32"] = (Input("""{"digit_input_options": {"digit_count": 33}}"""), "actions[1].get_input.digit_input_options.digit_count: must be from 0 to 32, not 33"),
        ["digit_input_options negative digit_count"] = (Input("""{"digit_input_options": {"digit_count": -1}}"""), "actions[1].get_input.digit_input_options.digit_count: must be from 0 to 32, not -1"),
        ["digit_input_options end_digit"] = (Input("""{"digit_input_options": {"end_digit": "X"}}"""), $"actions[1].get_input.digit_input_options.end_digit: {KeyOrNone}"),
        ["digit_input_options valid_digits"] = (Input("""{"digit_input_options": {"valid_digits": "12X"}}"""), "actions[1].get_input.digit_input_options.valid_digits: \"12X\" holds a character that is not a key; use only 0123456789ABCD#*"),
        ["max_alternatives 4"] = (Input("""{"speech_recognition_options": {"max_alternatives": 4}}"""), "actions[1].get_input.speech_recognition_options.max_alternatives: must be from 1 to 3, not 4"),
        ["max_alternatives 0"] = (Second("""{"start_transcription": {"results_page": "r", "speech_recognition_options": {"max_alternatives": 0}}}"""), "actions[1].start_transcription.speech_recognition_options.max_alternatives: must be from 1 to 3, not 0"),
        ["speech_model_options not an object"] = (Input("""{"speech_recognition_options": {"speech_model_options": "phone_call"}}"""), "actions[1].get_input.speech_recognition_options.speech_model_options: must be an object, not string"),
        ["speech_model_options_outbound not an object"] = (Input("""{"speech_recognition_options": {"speech_model_options_outbound": []}}"""), "actions[1].get_input.speech_recognition_options.speech_model_options_outbound: must be an object, not array"),
        ["null word hint"] = (Input("""{"speech_recognition_options": {"word_hints": [null]}}"""), "actions[1].get_input.speech_recognition_options.word_hints[0]: must not be null"),
        ["null word of a word hint"] = (Input("""{"speech_recognition_options": {"word_hints": [{"words": ["Bedford", null]}]}}"""), "actions[1].get_input.speech_recognition_options.word_hints[0].words[1]: must not be null"),
        ["get_input prompt without play_list"] = (Input("""{"prompt": {"play": {}}}"""), "actions[1].get_input.prompt.play.play_list: is required"),
        ["run_speech_menu without menu_options"] = (Second("""{"run_speech_menu": {}}"""), "actions[1].run_speech_menu.menu_options: is required"),
        ["speech menu option without next_page"] = (Second("""{"run_speech_menu": {"menu_options": [{"word": "sales"}]}}"""), "actions[1].run_speech_menu.menu_options[0].next_page: is required"),
        ["speech menu option without word or digit"] = (Second("""{"run_speech_menu": {"menu_options": [{"next_page": "sales"}]}}"""), "actions[1].run_speech_menu.menu_options[0].word: is required when the option has no digit: an option is selected by its word or its key"),
        ["speech menu option digit"] = (SpeechMenu("""{"menu_options": [{"digit": "X", "next_page": "sales"}]}"""), $"actions[1].run_speech_menu.menu_options[0].digit: {Key}"),
        ["run_speech_menu help_digit"] = (SpeechMenu("""{"help_digit": "X"}"""), $"actions[1].run_speech_menu.help_digit: {KeyOrNone}"),
        ["run_speech_menu speech_model_options"] = (SpeechMenu("""{"speech_model_options": 5}"""), "actions[1].run_speech_menu.speech_model_options: must be an object, not number"),
        ["run_speech_menu invalid message"] = (SpeechMenu("""{"on_invalid_input_messages": [{"play": {}}]}"""), "actions[1].run_speech_menu.on_invalid_input_messages[0].play.play_list: is required"),
        ["send_fax without fax_to_send"] = (Second("""{"send_fax": {}}"""), "actions[1].send_fax.fax_to_send: is required"),
        ["send_fax with an empty fax_to_send"] = (Second("""{"send_fax": {"fax_to_send": ""}}"""), "actions[1].send_fax.fax_to_send: is required"),
        ["send_fax web page with POST"] = (Second("""{"send_fax": {"fax_to_send": {"url": "fax.tif", "method": "POST"}}}"""), "actions[1].send_fax.fax_to_send.method: must be GET, the only method for fetching a file, not \"POST\""),
        ["send_fax decryption_cipher with a web page"] = (Second($$$"""{"send_fax": {"fax_to_send": {"url": "fax.tif"}, "decryption_cipher": {{{Aes()}}}}}"""), $"actions[1].send_fax.decryption_cipher: cannot be used when fax_to_send is a web page request: {StoredFileOnly}"),
        ["send_fax progress_page"] = (Second("""{"send_fax": {"fax_to_send": "fax.tif", "progress_page": {"url": ""}}}"""), "actions[1].send_fax.progress_page.url: is required"),
        ["file_to_play web page with POST"] = (Second("""{"play": {"play_list": [{"file_to_play": {"url": "a.wav", "method": "POST"}}]}}"""), "actions[1].play.play_list[0].file_to_play.method: must be GET, the only method for fetching a file, not \"POST\""),
        ["file_to_play web page with an empty url"] = (Second("""{"play": {"play_list": [{"file_to_play": {"url": ""}}]}}"""), "actions[1].play.play_list[0].file_to_play.url: is required"),
        ["file_to_play decryption_cipher with a web page"] = (Second($$$"""{"play": {"play_list": [{"file_to_play": {"url": "a.wav"}, "decryption_cipher": {{{Aes()}}}}]}}"""), $"actions[1].play.play_list[0].decryption_cipher: cannot be used when file_to_play is a web page request: {StoredFileOnly}"),
        ["receive_fax without next_page"] = (Second("""{"receive_fax": {}}"""), "actions[1].receive_fax.next_page: is required"),
        ["receive_fax fax_available_page"] = (Second("""{"receive_fax": {"next_page": "n", "fax_available_page": {"url": "a b"}}}"""), "actions[1].receive_fax.fax_available_page.url: must not contain white space"),
        ["start_transcription without results_page"] = (Second("""{"start_transcription": {}}"""), "actions[1].start_transcription.results_page: is required"),
        ["transcription_mode"] = (Second("""{"start_transcription": {"results_page": "r", "transcription_mode": "both"}}"""), "actions[1].start_transcription.transcription_mode: must be one of separate, mixed, inbound, outbound, not \"both\""),
        ["barge_in_on_speech_options null phrase"] = (Second("""{"play": {"play_list": [{"text_to_say": "Hi"}], "barge_in_on_speech": true, "barge_in_on_speech_options": {"barge_in_phrases": [null]}}}"""), "actions[1].play.barge_in_on_speech_options.barge_in_phrases[0]: must not be null"),
        ["barge_in_on_speech_options speech_model_options"] = (Second("""{"play": {"play_list": [{"text_to_say": "Hi"}], "barge_in_on_speech_options": {"speech_model_options": true}}}"""), "actions[1].play.barge_in_on_speech_options.speech_model_options: must be an object, not true"),
        ["pass_early_media with two destinations"] = (Second("""{"connect": {"destinations": ["441908273800", "441908273801"], "pass_early_media": true}}"""), "actions[1].connect.pass_early_media: needs exactly one destination, not 2"),
        ["pass_early_media with a secondary first_page"] = (Connect("""{"pass_early_media": true, "secondary_call": {"first_page": "answered"}}"""), "actions[1].connect.pass_early_media: cannot be used when the secondary call has a first_page"),
        ["call_recording_mode"] = (Connect("""{"secondary_call": {"call_recording_mode": "stereo"}}"""), "actions[1].connect.secondary_call.call_recording_mode: must be one of mixed, separate, not \"stereo\""),
        ["call_recording_cipher type"] = (Connect($$$$"""{"secondary_call": {"call_recording_cipher": {"type": "des", "key": "{{{{KeyHex}}}}", "initialisation_vector": "{{{{VectorHex}}}}"}}}"""), "actions[1].connect.secondary_call.call_recording_cipher.type: must be \"aescbc\", the only cipher the platform supports, not \"des\""),
        ["cipher without type"] = (Record($$$"""{"key": "{{{KeyHex}}}", "initialisation_vector": "{{{VectorHex}}}"}"""), "actions[1].record.encryption_cipher.type: is required"),
        ["cipher without key"] = (Record($$$"""{"type": "aescbc", "initialisation_vector": "{{{VectorHex}}}"}"""), "actions[1].record.encryption_cipher.key: is required"),
        ["cipher key of 15 bytes"] = (Record($$$"""{"type": "aescbc", "key": "{{{KeyHex[..30]}}}", "initialisation_vector": "{{{VectorHex}}}"}"""), $"actions[1].record.encryption_cipher.key: {KeyLength}"),
        ["cipher key that is not hexadecimal"] = (Record($$$"""{"type": "aescbc", "key": "{{{KeyHex[..31]}}}g", "initialisation_vector": "{{{VectorHex}}}"}"""), $"actions[1].record.encryption_cipher.key: {KeyLength}"),
        ["cipher without initialisation_vector"] = (Record($$$"""{"type": "aescbc", "key": "{{{KeyHex}}}"}"""), "actions[1].record.encryption_cipher.initialisation_vector: is required"),
        ["cipher initialisation_vector of 24 bytes"] = (Record($$$"""{"type": "aescbc", "key": "{{{KeyHex}}}", "initialisation_vector": "{{{VectorHex}}}{{{VectorHex[..16]}}}"}"""), "actions[1].record.encryption_cipher.initialisation_vector: must be 16 bytes written as 32 hexadecimal digits"),
        ["receive_fax encryption_cipher"] = (Second($$$$"""{"receive_fax": {"next_page": "n", "encryption_cipher": {"type": "aescbc", "key": "{{{{KeyHex}}}}"}}}"""), "actions[1].receive_fax.encryption_cipher.initialisation_vector: is required"),
        ["response call_recording_cipher"] = ("""{"actions": [], "call_recording_cipher": {"type": "aescbc", "key": "00", "initialisation_vector": "0f0e0d0c0b0a09080706050403020100"}, "api_version": "2.0"}""", $"call_recording_cipher.key: {KeyLength}"),
        ["token over 5000 characters"] = ($$"""{"actions": [], "token": "{{new string('t', 5001)}}", "api_version": "2.0"}""", "token: must be at most 5000 characters, not 5001"),
        ["api_version 1.0"] = ("""{"actions": [], "api_version": "1.0"}""", "api_version: must be \"2.0\", not \"1.0\""),
    };

    /// <summary>Documents at the edges of the rules above, which must validate clean.</summary>
    public static IReadOnlyDictionary<string, string> EdgeCases { get; } = new Dictionary<string, string>
    {
        ["token of exactly 5000 characters"] = $$"""{"actions": [], "token": "{{new string('t', 5000)}}", "api_version": "2.0"}""",
        ["empty digit strings mean none"] = Participant("""{"exit_digit": "", "mute_digit": "", "unmute_digit": ""}"""),
        ["every key"] = Second("""{"play": {"play_list": [{"digits_to_play": "0123456789ABCD#*"}]}}"""),
        ["digit_count 0 with an end digit"] = Second("""{"get_number": {"next_page": {"url": "n"}, "digit_count": 0, "end_digit": "#"}}"""),
        ["digit_count 0 with the default end digit"] = Second("""{"get_number": {"next_page": {"url": "n"}, "digit_count": 0}}"""),
        ["no end digit with a digit_count"] = Second("""{"get_number": {"next_page": {"url": "n"}, "digit_count": 4, "end_digit": ""}}"""),
        ["no help digit"] = Second("""{"get_number": {"next_page": {"url": "n"}, "help_digit": ""}}"""),
        ["no run_menu help digit"] = Second("""{"run_menu": {"menu_options": [{"digit": "1", "next_page": {"url": "one"}}], "help_digit": ""}}"""),
        ["seconds_timeout 0 returns at once"] = Second("""{"get_number": {"next_page": {"url": "n"}, "seconds_timeout": 0}}"""),
        ["inter-digit timeout 0 is off"] = Second("""{"get_number": {"next_page": {"url": "n"}, "milliseconds_inter_digit_timeout": 0}}"""),
        ["negative inter-digit timeout is off"] = Second("""{"get_number": {"next_page": {"url": "n"}, "milliseconds_inter_digit_timeout": -1}}"""),
        ["initial timeout 0"] = Second("""{"get_number": {"next_page": {"url": "n"}, "milliseconds_initial_timeout": 0}}"""),
        ["every documented destination form"] = Second("""{"connect": {"destinations": ["441908273800", "44-1908-273800", "tel:441908273800", "bob@example.com", "sip:contact@example.com", "loc:my_inbound_service", "webrtc:clientId", "wss://www.example.com/mywsapp", "con:MyConferenceRoom"]}}"""),
        ["call_from as a SIP address"] = Connect("""{"call_from": "bob@example.com"}"""),
        ["method GET"] = Second("""{"redirect": {"next_page": {"url": "n", "method": "GET"}}}"""),
        ["no initial silence limit"] = Second("""{"record": {"next_page": {"url": "n"}, "milliseconds_max_initial_silence": 0}}"""),
        ["reject with a raw cause only"] = Second("""{"reject": {"raw_cause": "486"}}"""),
        ["SIP header with an empty value"] = Second("""{"answer": {"extra_sip_headers": [{"name": "X-Empty", "value": ""}]}}"""),
        ["digit_input_options at the 32 digit maximum"] = Input("""{"digit_input_options": {"digit_count": 32}, "on_input_timeout_messages": []}"""),
        ["digit_input_options unlimited"] = Input("""{"digit_input_options": {"digit_count": 0, "valid_digits": "0123456789ABCD"}}"""),
        ["max_alternatives 1 and 3"] = Several(
            """{"get_input": {"next_page": {"url": "n"}, "speech_recognition_options": {"max_alternatives": 3}}}""",
            """{"start_transcription": {"results_page": {"url": "r"}, "speech_recognition_options": {"max_alternatives": 1}}}"""),
        ["every speech input mode"] = Several(GetInput.SpeechInputModes.Select(mode => $$$"""{"get_input": {"next_page": {"url": "n"}, "speech_input_mode": "{{{mode}}}"}}""")),
        ["speech menu options by word only and by digit only"] = Second("""{"run_speech_menu": {"menu_options": [{"word": "sales", "next_page": {"url": "s"}}, {"digit": "2", "next_page": {"url": "t"}}]}}"""),
        ["speech menu timeout disabled by 0 and below"] = SpeechMenu("""{"seconds_timeout": -1}"""),
        ["file_to_play web page with GET or no method"] = Second("""{"play": {"play_list": [{"file_to_play": {"url": "a.wav", "method": "GET"}}, {"file_to_play": {"url": "https://example.com/b.wav"}}]}}"""),
        ["stored file_to_play with a decryption_cipher"] = Second($$$"""{"play": {"play_list": [{"file_to_play": "secret.wav", "decryption_cipher": {{{Aes()}}}}]}}"""),
        ["send_fax web page with no method"] = Second("""{"send_fax": {"fax_to_send": {"url": "fax.tif"}}}"""),
        ["cipher keys of 24 and 32 bytes in upper case"] = Several(
            RecordAction($$"""{"type": "aescbc", "key": "{{KeyHex}}{{KeyHex[..16]}}", "initialisation_vector": "{{VectorHex.ToUpperInvariant()}}"}"""),
            RecordAction($$"""{"type": "aescbc", "key": "{{KeyHex.ToUpperInvariant()}}{{KeyHex}}", "initialisation_vector": "{{VectorHex}}"}""")),
        ["pass_early_media with one destination and no secondary first page"] = Connect("""{"pass_early_media": true, "secondary_call": {"final_page": {"url": "ended"}, "call_recording_mode": "separate"}}"""),
        ["every transcription mode"] = Several(StartTranscription.TranscriptionModes.Select(mode => $$$"""{"start_transcription": {"results_page": {"url": "r"}, "transcription_mode": "{{{mode}}}"}}""")),
        ["every reject cause"] = Several(Reject.Causes.Select(cause => $$$"""{"reject": {"cause": "{{{cause}}}"}}""")),
        ["sip and tel destinations"] = Second("""{"connect": {"destinations": ["sip:bob@example.com", "tel:+441908273800", "+441908273800"]}}"""),
    };

    private static string Second(string action) => $$$"""{"actions": [{"hang_up": {}}, {{{action}}}], "api_version": "2.0"}""";

    private static string Connect(string extra) =>
        Second($$$"""{"connect": {"destinations": ["441908273800"], {{{extra[1..^1]}}}}}""");

    private static string Input(string extra) => Second($$$"""{"get_input": {"next_page": {"url": "n"}, {{{extra[1..^1]}}}}}""");

    private static string SpeechMenu(string extra) =>
        Second($$$"""{"run_speech_menu": {"menu_options": [{"word": "sales", "next_page": {"url": "sales"}}], {{{extra[1..^1]}}}}}""");

    private static string Several(params IEnumerable<string> actions) => $$"""{"actions": [{{string.Join(", ", actions)}}], "api_version": "2.0"}""";

    private static string Record(string cipher) => Second(RecordAction(cipher));

    private static string RecordAction(string cipher) => $$$"""{"record": {"next_page": {"url": "n"}, "encryption_cipher": {{{cipher}}}}}""";

    private static string Aes() => $$"""{"type": "aescbc", "key": "{{KeyHex}}", "initialisation_vector": "{{VectorHex}}"}""";

    private static string Participant(string participant) =>
        Second($$$"""{"connect_to_conference": {"name": "c", "conference_participant": {{{participant}}}}}""");

    private static string Machine(string setting) =>
        Connect($$$$"""{"classify_callee": {"answering_machine_ready_to_record": {"{{{{setting}}}}": 0}}}""");
}
