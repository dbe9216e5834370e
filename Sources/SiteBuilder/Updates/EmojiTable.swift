/// Emoji shortcodes (`:rocket:`) and the characters they stand for, as Discourse and GitHub spell them.
///
/// The table is data: `shortcode:HEX[-HEX…]` items separated by spaces, code points in hexadecimal (so that
/// variation selectors and zero-width joiners stay visible). 748 shortcodes.
enum EmojiTable {
    static let data = """
        +1:1F44D -1:1F44E 100:1F4AF 1234:1F522 1st_place_medal:1F947 2nd_place_medal:1F948
        3rd_place_medal:1F949 abacus:1F9EE abc:1F524 adult:1F9D1 airplane:2708-FE0F alarm_clock:23F0
        alembic:2697-FE0F alien:1F47D ambulance:1F691 anatomical_heart:1FAC0 anchor:2693 angel:1F47C
        anger:1F4A2 angry:1F620 apple:1F34E arrow_backward:25C0-FE0F arrow_down:2B07-FE0F
        arrow_forward:25B6-FE0F arrow_left:2B05-FE0F arrow_lower_left:2199-FE0F arrow_lower_right:2198-FE0F
        arrow_right:27A1-FE0F arrow_up:2B06-FE0F arrow_up_down:2195-FE0F arrow_upper_left:2196-FE0F
        arrow_upper_right:2197-FE0F arrows_clockwise:1F503 arrows_counterclockwise:1F504 art:1F3A8
        artificial_satellite:1F6F0-FE0F astonished:1F632 atom_symbol:269B-FE0F avocado:1F951 axe:1FA93
        baby:1F476 baby_bottle:1F37C baby_chick:1F424 back:1F519 backpack:1F392 bacon:1F953 bagel:1F96F
        baguette_bread:1F956 balance_scale:2696-FE0F balloon:1F388 ballot_box:1F5F3-FE0F
        ballot_box_with_check:2611-FE0F banana:1F34C bangbang:203C-FE0F bank:1F3E6 bar_chart:1F4CA
        basketball:1F3C0 battery:1F50B beach_umbrella:26F1-FE0F bear:1F43B bearded_person:1F9D4 bee:1F41D
        beer:1F37A beers:1F37B beginner:1F530 bell:1F514 bike:1F6B2 biohazard:2623-FE0F bird:1F426
        birthday:1F382 black_circle:26AB black_flag:1F3F4 black_heart:1F5A4 black_nib:2712-FE0F
        black_square_button:1F532 blue_book:1F4D8 blue_circle:1F535 blue_heart:1F499 blue_square:1F7E6
        blush:1F60A boat:26F5 bomb:1F4A3 bone:1F9B4 book:1F4D6 bookmark:1F516 bookmark_tabs:1F4D1
        books:1F4DA boom:1F4A5 bouquet:1F490 bowl_with_spoon:1F963 bowling:1F3B3 boy:1F466 brain:1F9E0
        bread:1F35E bridge_at_night:1F309 briefcase:1F4BC broken_heart:1F494 bug:1F41B
        building_construction:1F3D7-FE0F bulb:1F4A1 bullettrain_side:1F684 bullseye:1F3AF burrito:1F32F
        bus:1F68C bust_in_silhouette:1F464 busts_in_silhouette:1F465 butter:1F9C8 butterfly:1F98B
        cactus:1F335 cake:1F370 calendar:1F4C6 call_me_hand:1F919 calling:1F4F2 camera:1F4F7
        camera_flash:1F4F8 camping:1F3D5-FE0F candle:1F56F-FE0F candy:1F36C car:1F697
        card_file_box:1F5C3-FE0F card_index_dividers:1F5C2-FE0F carousel_horse:1F3A0 carrot:1F955 cat:1F431
        cd:1F4BF chains:26D3-FE0F champagne:1F37E chart:1F4B9 chart_with_downwards_trend:1F4C9
        chart_with_upwards_trend:1F4C8 checkered_flag:1F3C1 cheese:1F9C0 cherries:1F352 cherry_blossom:1F338
        chess_pawn:265F-FE0F chicken:1F414 child:1F9D2 chocolate_bar:1F36B christmas_tree:1F384
        circus_tent:1F3AA city_sunset:1F306 clamp:1F5DC-FE0F clap:1F44F clapper:1F3AC
        classical_building:1F3DB-FE0F clinking_glasses:1F942 clipboard:1F4CB clock1:1F550 clock12:1F55B
        closed_book:1F4D5 closed_lock_with_key:1F510 cloud:2601-FE0F cloud_with_rain:1F327-FE0F
        clown_face:1F921 cn:1F1E8-1F1F3 cocktail:1F378 coffee:2615 coin:1FA99 collision:1F4A5
        comet:2604-FE0F computer:1F4BB computer_mouse:1F5B1-FE0F confetti_ball:1F38A confounded:1F616
        confused:1F615 construction:1F6A7 construction_worker:1F477 control_knobs:1F39B-FE0F cookie:1F36A
        cool:1F192 copyright:A9-FE0F corn:1F33D couple:1F46B cow:1F42E cowboy_hat_face:1F920 crab:1F980
        crayon:1F58D-FE0F credit_card:1F4B3 crescent_moon:1F319 croissant:1F950 crossed_fingers:1F91E
        crown:1F451 cry:1F622 cup_with_straw:1F964 cupcake:1F9C1 cupid:1F498 currency_exchange:1F4B1
        custard:1F36E cut_of_meat:1F969 dagger:1F5E1-FE0F dancer:1F483 dark_sunglasses:1F576-FE0F dart:1F3AF
        dash:1F4A8 date:1F4C5 de:1F1E9-1F1EA deciduous_tree:1F333 desert:1F3DC-FE0F desert_island:1F3DD-FE0F
        desktop_computer:1F5A5-FE0F detective:1F575-FE0F disappointed:1F61E dizzy:1F4AB dna:1F9EC dog:1F436
        dollar:1F4B5 dolphin:1F42C doughnut:1F369 dove:1F54A-FE0F dragon:1F409 droplet:1F4A7 dvd:1F4C0
        e-mail:1F4E7 eagle:1F985 ear:1F442 ear_of_rice:1F33E earth_africa:1F30D earth_americas:1F30E
        earth_asia:1F30F egg:1F95A eight:38-FE0F-20E3 eight_spoked_asterisk:2733-FE0F electric_plug:1F50C
        elf:1F9DD email:1F4E7 end:1F51A envelope:2709-FE0F es:1F1EA-1F1F8 eu:1F1EA-1F1FA euro:1F4B6
        evergreen_tree:1F332 exclamation:2757 exploding_head:1F92F expressionless:1F611 eye:1F441-FE0F
        eyeglasses:1F453 eyes:1F440 facepalm:1F926 facepunch:1F44A factory:1F3ED fairy:1F9DA
        fallen_leaf:1F342 family:1F46A fast_forward:23E9 fax:1F4E0 ferris_wheel:1F3A1
        file_cabinet:1F5C4-FE0F file_folder:1F4C1 film_projector:1F4FD-FE0F fire:1F525 fire_engine:1F692
        fireworks:1F386 fish:1F41F fist:270A five:35-FE0F-20E3 flashlight:1F526 fleur_de_lis:269C-FE0F
        flight_arrival:1F6EC flight_departure:1F6EB floppy_disk:1F4BE flushed:1F633 flying_saucer:1F6F8
        football:1F3C8 footprints:1F463 fork_and_knife:1F374 fountain_pen:1F58B-FE0F four:34-FE0F-20E3
        four_leaf_clover:1F340 fox_face:1F98A fr:1F1EB-1F1F7 free:1F193 fried_egg:1F373 fries:1F35F
        frog:1F438 frowning_face:2639-FE0F fuelpump:26FD full_moon:1F315 game_die:1F3B2 gb:1F1EC-1F1E7
        gear:2699-FE0F gem:1F48E genie:1F9DE ghost:1F47B gift:1F381 gift_heart:1F49D girl:1F467
        globe_with_meridians:1F310 golf:26F3 grapes:1F347 green_apple:1F34F green_book:1F4D7
        green_circle:1F7E2 green_heart:1F49A green_square:1F7E9 grey_exclamation:2755 grey_question:2754
        grimacing:1F62C grin:1F601 grinning:1F600 guitar:1F3B8 hamburger:1F354 hammer:1F528
        hammer_and_pick:2692-FE0F hammer_and_wrench:1F6E0-FE0F hand:270B hand_over_mouth:1F92D handbag:1F45C
        handshake:1F91D hash:23-FE0F-20E3 hatched_chick:1F425 hatching_chick:1F423 headphones:1F3A7
        hear_no_evil:1F649 heart:2764-FE0F heart_decoration:1F49F heart_eyes:1F60D heartbeat:1F493
        heartpulse:1F497 heavy_check_mark:2714-FE0F heavy_division_sign:2797 heavy_dollar_sign:1F4B2
        heavy_exclamation_mark:2757 heavy_heart_exclamation:2763-FE0F heavy_minus_sign:2796
        heavy_multiplication_x:2716-FE0F heavy_plus_sign:2795 helicopter:1F681 herb:1F33F
        high_brightness:1F506 hole:1F573-FE0F honey_pot:1F36F honeybee:1F41D hospital:1F3E5
        hot_pepper:1F336-FE0F hotdog:1F32D hotsprings:2668-FE0F hourglass:231B hourglass_flowing_sand:23F3
        house:1F3E0 hugs:1F917 hushed:1F62F ice_cream:1F368 ice_cube:1F9CA icecream:1F366 id:1F194
        inbox_tray:1F4E5 incoming_envelope:1F4E8 infinity:267E-FE0F information_source:2139-FE0F
        innocent:1F607 interrobang:2049-FE0F iphone:1F4F1 it:1F1EE-1F1F9 jack_o_lantern:1F383 jeans:1F456
        jigsaw:1F9E9 joy:1F602 joystick:1F579-FE0F jp:1F1EF-1F1F5 key:1F511 keyboard:2328-FE0F
        keycap_ten:1F51F kiss:1F48B kissing_heart:1F618 koala:1F428 kr:1F1F0-1F1F7 lab_coat:1F97C
        label:1F3F7-FE0F large_blue_circle:1F535 large_blue_diamond:1F537 large_orange_diamond:1F536
        laughing:1F606 leaves:1F343 ledger:1F4D2 left_right_arrow:2194-FE0F left_speech_bubble:1F5E8-FE0F
        lemon:1F34B level_slider:1F39A-FE0F link:1F517 lion:1F981 lips:1F444 lipstick:1F484 lock:1F512
        lollipop:1F36D loud_sound:1F50A loudspeaker:1F4E2 love_letter:1F48C love_you_gesture:1F91F
        low_brightness:1F505 lungs:1FAC1 lying_face:1F925 mag:1F50D mag_right:1F50E mage:1F9D9 magnet:1F9F2
        mailbox:1F4EB man:1F468 man_technologist:1F468-200D-1F4BB maple_leaf:1F341 mask:1F637 mate:1F9C9
        mechanical_arm:1F9BE medal_military:1F396-FE0F medal_sports:1F3C5 mega:1F4E3 memo:1F4DD
        merperson:1F9DC metal:1F918 microphone:1F3A4 microscope:1F52C milk_glass:1F95B milky_way:1F30C
        minidisc:1F4BD mobile_phone_off:1F4F4 money_mouth_face:1F911 money_with_wings:1F4B8 moneybag:1F4B0
        monkey_face:1F435 mortar_board:1F393 mountain:26F0-FE0F mouse:1F42D movie_camera:1F3A5 muscle:1F4AA
        mushroom:1F344 musical_note:1F3B5 mute:1F507 national_park:1F3DE-FE0F necktie:1F454
        negative_squared_cross_mark:274E nerd_face:1F913 neutral_face:1F610 new:1F195 new_moon:1F311
        newspaper:1F4F0 night_with_stars:1F303 nine:39-FE0F-20E3 ninja:1F977 no_bell:1F515 no_entry:26D4
        no_entry_sign:1F6AB no_mouth:1F636 nose:1F443 notebook:1F4D3 notes:1F3B6 nut_and_bolt:1F529 o:2B55
        ocean:1F30A octopus:1F419 office:1F3E2 ok:1F197 ok_hand:1F44C old_key:1F5DD-FE0F older_adult:1F9D3
        on:1F51B one:31-FE0F-20E3 open_book:1F4D6 open_file_folder:1F4C2 open_hands:1F450 open_mouth:1F62E
        orange_book:1F4D9 orange_circle:1F7E0 orange_heart:1F9E1 orange_square:1F7E7 outbox_tray:1F4E4
        owl:1F989 package:1F4E6 page_facing_up:1F4C4 page_with_curl:1F4C3 pager:1F4DF paintbrush:1F58C-FE0F
        palm_tree:1F334 palms_up_together:1F932 pancakes:1F95E panda_face:1F43C paperclip:1F4CE
        part_alternation_mark:303D-FE0F partly_sunny:26C5 partying_face:1F973 pause_button:23F8-FE0F
        peace_symbol:262E-FE0F peach:1F351 pen:1F58A-FE0F pencil:1F4DD pencil2:270F-FE0F penguin:1F427
        pensive:1F614 performing_arts:1F3AD persevere:1F623 person_facepalming:1F926 person_shrugging:1F937
        petri_dish:1F9EB phone:260E-FE0F pick:26CF-FE0F pie:1F967 pig:1F437 pill:1F48A pinching_hand:1F90F
        pineapple:1F34D ping_pong:1F3D3 pirate_flag:1F3F4-200D-2620-FE0F pizza:1F355
        plate_with_cutlery:1F37D-FE0F pleading_face:1F97A point_down:1F447 point_left:1F448
        point_right:1F449 point_up:261D-FE0F point_up_2:1F446 police_car:1F693 poop:1F4A9 popcorn:1F37F
        postbox:1F4EE potted_plant:1FAB4 poultry_leg:1F357 pray:1F64F pretzel:1F968 prince:1F934
        princess:1F478 printer:1F5A8-FE0F punch:1F44A purple_circle:1F7E3 purple_heart:1F49C
        purple_square:1F7EA pushpin:1F4CC question:2753 rabbit:1F430 racing_car:1F3CE-FE0F radio:1F4FB
        radio_button:1F518 radioactive:2622-FE0F rage:1F621 rainbow:1F308 rainbow_flag:1F3F3-FE0F-200D-1F308
        raised_back_of_hand:1F91A raised_eyebrow:1F928 raised_hand:270B raised_hands:1F64C ramen:1F35C
        record_button:23FA-FE0F recycle:267B-FE0F red_car:1F697 red_circle:1F534 red_square:1F7E5
        registered:AE-FE0F relaxed:263A-FE0F relieved:1F60C repeat:1F500 revolving_hearts:1F49E rewind:23EA
        ribbon:1F380 right_anger_bubble:1F5EF-FE0F ring:1F48D robot:1F916 rocket:1F680 rofl:1F923
        roll_eyes:1F644 roller_coaster:1F3A2 rose:1F339 rotating_light:1F6A8 round_pushpin:1F4CD
        ru:1F1F7-1F1FA runner:1F3C3 running:1F3C3 running_shoe:1F45F safety_vest:1F9BA sailboat:26F5
        salad:1F957 salt:1F9C2 sandwich:1F96A santa:1F385 satellite:1F6F0-FE0F satellite_antenna:1F4E1
        sauropod:1F995 school:1F3EB scissors:2702-FE0F scream:1F631 see_no_evil:1F648 seedling:1F331
        seven:37-FE0F-20E3 shark:1F988 shaved_ice:1F367 shield:1F6E1-FE0F ship:1F6A2 shirt:1F455
        shopping_cart:1F6D2 shrug:1F937 signal_strength:1F4F6 six:36-FE0F-20E3 ski:1F3BF skull:1F480
        skull_and_crossbones:2620-FE0F sleeping:1F634 sleepy:1F62A slightly_frowning_face:1F641
        slightly_smiling_face:1F642 sloth:1F9A5 small_blue_diamond:1F539 small_orange_diamond:1F538
        small_red_triangle:1F53A small_red_triangle_down:1F53B smile:1F604 smiley:1F603
        smiling_face_with_three_hearts:1F970 smirk:1F60F snail:1F40C snake:1F40D
        snow_capped_mountain:1F3D4-FE0F snowflake:2744-FE0F snowman:26C4 snowman_with_snow:2603-FE0F
        sob:1F62D soccer:26BD soon:1F51C sos:1F198 sound:1F509 sparkle:2747-FE0F sparkler:1F387
        sparkles:2728 sparkling_heart:1F496 speak_no_evil:1F64A speaker:1F508 speaking_head:1F5E3-FE0F
        speech_balloon:1F4AC speedboat:1F6A4 spiral_calendar:1F5D3-FE0F spoon:1F944 stadium:1F3DF-FE0F
        star:2B50 star2:1F31F star_struck:1F929 stars:1F320 station:1F689 stew:1F372 stop_button:23F9-FE0F
        stop_sign:1F6D1 stopwatch:23F1-FE0F straight_ruler:1F4CF strawberry:1F353 stuck_out_tongue:1F61B
        stuck_out_tongue_winking_eye:1F61C studio_microphone:1F399-FE0F sun_with_face:1F31E sunflower:1F33B
        sunglasses:1F60E sunny:2600-FE0F superhero:1F9B8 sushi:1F363 sweat:1F613 sweat_drops:1F4A6
        sweat_smile:1F605 syringe:1F489 t-rex:1F996 taco:1F32E tada:1F389 taxi:1F695 tea:1F375
        technologist:1F9D1-200D-1F4BB telephone_receiver:1F4DE telescope:1F52D tennis:1F3BE test_tube:1F9EA
        thermometer:1F321-FE0F thinking:1F914 thought_balloon:1F4AD three:33-FE0F-20E3 thumbsdown:1F44E
        thumbsup:1F44D thunder_cloud_and_rain:26C8-FE0F ticket:1F3AB tickets:1F39F-FE0F tiger:1F42F
        timer_clock:23F2-FE0F tired_face:1F62B tm:2122-FE0F tongue:1F445 toolbox:1F9F0 tooth:1F9B7 top:1F51D
        tophat:1F3A9 tornado:1F32A-FE0F tractor:1F69C traffic_light:1F6A5 train:1F686 train2:1F682
        triangular_flag_on_post:1F6A9 triangular_ruler:1F4D0 trident:1F531 triumph:1F624 trophy:1F3C6
        tropical_drink:1F379 truck:1F69A turtle:1F422 tv:1F4FA twisted_rightwards_arrows:1F500
        two:32-FE0F-20E3 two_hearts:1F495 uk:1F1EC-1F1E7 umbrella:2614 unamused:1F612 unicorn:1F984
        unlock:1F513 up:1F199 upside_down_face:1F643 us:1F1FA-1F1F8 v:270C-FE0F vampire:1F9DB
        vertical_traffic_light:1F6A6 vibration_mode:1F4F3 video_camera:1F4F9 video_game:1F3AE volcano:1F30B
        vulcan_salute:1F596 waffle:1F9C7 walking:1F6B6 warning:26A0-FE0F wastebasket:1F5D1-FE0F watch:231A
        watermelon:1F349 wave:1F44B weary:1F629 whale:1F433 white_check_mark:2705 white_circle:26AA
        white_flag:1F3F3-FE0F white_heart:1F90D white_square_button:1F533 wilted_flower:1F940
        wine_glass:1F377 wink:1F609 woman:1F469 woman_technologist:1F469-200D-1F4BB world_map:1F5FA-FE0F
        worried:1F61F wrench:1F527 writing_hand:270D-FE0F x:274C yawning_face:1F971 yellow_circle:1F7E1
        yellow_heart:1F49B yellow_square:1F7E8 yin_yang:262F-FE0F yum:1F60B zany_face:1F92A zap:26A1
        zero:30-FE0F-20E3 zipper_mouth_face:1F910 zombie:1F9DF zzz:1F4A4
        """

    /// Shortcode (without colons) → emoji.
    static let characters: [String: String] = {
        var table: [String: String] = [:]
        for item in data.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            guard let colon = item.firstIndex(of: ":") else { continue }
            let scalars = item[item.index(after: colon)...].split(separator: "-").compactMap {
                UInt32($0, radix: 16).flatMap(Unicode.Scalar.init)
            }
            table[String(item[..<colon])] = String(String.UnicodeScalarView(scalars))
        }
        return table
    }()
}
